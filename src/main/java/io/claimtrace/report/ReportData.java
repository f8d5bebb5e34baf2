package io.claimtrace.report;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the HTML report shows, gathered from the tables (bounded: the top clusters only).
 *
 * @param runId the run
 * @param generatedAt when the report was made
 * @param inputs the run's inputs
 * @param tableCounts rows per table
 * @param rejectsByReason per stage, per reason code
 * @param clusters the riskiest repeated clusters, riskiest first, with their members
 * @param outlets every outlet
 * @param totals corpus-level numbers for the summary (clusters, repeated clusters, risky clusters ...)
 */
public record ReportData(
    String runId,
    Instant generatedAt,
    List<String> inputs,
    Map<String, Long> tableCounts,
    Map<String, Map<String, Long>> rejectsByReason,
    List<ClusterView> clusters,
    List<OutletRow> outlets,
    Map<String, Long> totals)
    implements Serializable {

  /** A cluster as the report shows it. */
  public record ClusterView(String clusterId, String representative, int size, int nOutlets, Instant firstSeenAt,
      String firstOutlet, double fabricationRisk, List<String> riskSignals, List<MemberView> members)
      implements Serializable {}

  /** One member claim, a row of the variants side by side and a point of the spread timeline. */
  public record MemberView(String outlet, Instant publishedAt, String text, String url, String attributionKind,
      List<String> llmArtifacts) implements Serializable {}

  /** A row of the outlets table. */
  public record OutletRow(String outlet, long articles, long claims, long firstReports, double copyRate,
      double artifactRate, double riskyClaimShare) implements Serializable {}
}
