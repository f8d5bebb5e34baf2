package io.claimtrace.score;

import java.io.Serializable;
import java.util.List;

/**
 * A cluster of repeated claims with its members in publication order (earliest first; undated
 * last; ties by claim id): what the risk signals look at.
 */
public record ClusterEvidence(String clusterId, List<MemberClaim> members) implements Serializable {}
