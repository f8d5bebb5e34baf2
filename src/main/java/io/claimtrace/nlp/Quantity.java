package io.claimtrace.nlp;

import java.io.Serializable;

/**
 * A number a claim reports, normalized so that the same figure written differently compares equal
 * ("47%", "47 percent" and "47 per cent" are all {@code 47.0 percent}).
 *
 * @param text the quantity as written in the sentence, e.g. {@code "$2.5 billion"}
 * @param value the numeric value with scale words applied ({@code "$2.5 billion"} is 2.5E9)
 * @param unit {@code percent}, an ISO currency code ({@code USD}, {@code EUR}, {@code GBP}, also
 *     {@code JPY}, {@code INR}, {@code KRW}, {@code CNY}), {@code times} for multipliers ("tripled"
 *     is 3 times), or the counted noun in lower case ("developers", "parameters", "months" for
 *     "18-month"); null when the number stands alone
 * @param approximate true when a qualifier such as "nearly", "about", "more than", "up to" or
 *     "roughly" precedes the number: the figure is a bound or an estimate, not an exact value
 */
public record Quantity(String text, double value, String unit, boolean approximate) implements Serializable {}
