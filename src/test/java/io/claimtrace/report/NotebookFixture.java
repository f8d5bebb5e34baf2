package io.claimtrace.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny claimtrace output folder for notebook tests: one Parquet file per table with the contract
 * columns and the extras the notebooks use, written by DuckDB (timestamps as UTC instants, like Spark's).
 */
public final class NotebookFixture {
  private NotebookFixture() {}

  /** A tiny output folder with the contract columns (and the extras the notebooks use), written by DuckDB. */
  public static void write(Path out) throws Exception {
    List<String> ddl = new ArrayList<>(List.of(
        "SET TimeZone = 'UTC'",
        "CREATE TABLE articles AS SELECT * FROM (VALUES"
            + " ('a1', 'in/a1.html', 'https://aiwire.example/memo', 'aiwire.example', 'Memo', NULL,"
            + "   TIMESTAMPTZ '2026-03-02 08:14:00+00', 'eng', 'A leaked memo ...', ['chatbot_preamble']),"
            + " ('a2', 'in/a2.html', 'https://technews.example/memo', 'technews.example', 'Memo 2', 'Ann',"
            + "   TIMESTAMPTZ '2026-03-02 11:40:00+00', 'eng', 'According to a memo ...', []::VARCHAR[]),"
            + " ('a3', 'in/a3.html', 'https://future.example/memo', 'future.example', 'Memo 3', NULL,"
            + "   TIMESTAMPTZ '2026-03-03 19:05:00+00', 'eng', 'Nearly half ...', ['knowledge_cutoff']),"
            + " ('a4', 'in/a4.html', 'https://technews.example/survey', 'technews.example', 'Survey', NULL,"
            + "   TIMESTAMPTZ '2026-03-01 14:00:00+00', 'eng', 'A survey found ...', []::VARCHAR[]),"
            + " ('a5', 'in/a5.html', 'https://aiwire.example/survey', 'aiwire.example', 'Survey 2', NULL,"
            + "   NULL, 'eng', 'Survey says ...', []::VARCHAR[]))"
            + " t(article_id, source, url, outlet, title, byline, published_at, language, text, llm_artifacts)",
        "CREATE TABLE rejects AS SELECT * FROM (VALUES"
            + " ('in/bad.jsonl:3', 'ingest', 'line 3 is not valid JSON', 'invalid_json'),"
            + " ('in/empty.html', 'ingest', 'no main text', 'no_text'),"
            + " ('a9', 'analyze', 'language fra, not English', 'not_english'))"
            + " t(source, stage, reason, reason_code)",
        "CREATE TABLE entities AS SELECT * FROM (VALUES"
            + " ('a1', 0, 'Veridian Labs', 'ORG', 40, 53, false, NULL::VARCHAR, 'model', 'aiwire.example',"
            + "   TIMESTAMPTZ '2026-03-02 08:14:00+00'),"
            + " ('a1', 0, '47%', 'PERCENT', 30, 33, false, NULL::VARCHAR, 'rule', 'aiwire.example',"
            + "   TIMESTAMPTZ '2026-03-02 08:14:00+00'),"
            + " ('a4', 0, 'OpenAI', 'ORG', 0, 6, true, 'org:openai', 'kb', 'technews.example',"
            + "   TIMESTAMPTZ '2026-03-01 14:00:00+00'))"
            + " t(article_id, sentence_index, text, type, char_start, char_end, known, kb_id, method, outlet,"
            + "   published_at)"));
    String q47 = "[{'text': '47%', 'value': 47.0, 'unit': 'percent', 'approximate': false}]";
    String qHalf = "[{'text': 'nearly half', 'value': 50.0, 'unit': 'percent', 'approximate': true}]";
    String eVer = "[{'text': 'Veridian Labs', 'type': 'ORG', 'known': false, 'kb_id': NULL::VARCHAR}]";
    String eOai = "[{'text': 'OpenAI', 'type': 'ORG', 'known': true, 'kb_id': 'org:openai'}]";
    ddl.add("CREATE TABLE claims AS SELECT claim_id, article_id, outlet, published_at::TIMESTAMPTZ AS published_at,"
        + " sentence_index, text, cluster_id, attribution_kind, quantities, entities FROM (VALUES"
        + " ('c1', 'a1', 'aiwire.example', '2026-03-02 08:14:00+00', 0, 'A leaked memo reveals 47% of requests were"
        + "   denied by Veridian Labs.', 'k1', 'vague', " + q47 + ", " + eVer + "),"
        + " ('c2', 'a2', 'technews.example', '2026-03-02 11:40:00+00', 0, 'According to a memo, 47% of requests"
        + "   were denied by Veridian Labs.', 'k1', 'document', " + q47 + ", " + eVer + "),"
        + " ('c3', 'a3', 'future.example', '2026-03-03 19:05:00+00', 1, 'Nearly half of requests were blocked by"
        + "   Veridian Labs.', 'k1', 'none', " + qHalf + ", " + eVer + "),"
        + " ('c4', 'a4', 'technews.example', '2026-03-01 14:00:00+00', 0, 'OpenAI says 62% of developers use"
        + "   assistants.', 'k2', 'organization', [{'text': '62%', 'value': 62.0, 'unit': 'percent',"
        + "   'approximate': false}], " + eOai + "),"
        + " ('c5', 'a5', 'aiwire.example', NULL, 0, 'OpenAI: 62% of developers use assistants.', 'k2', 'organization',"
        + "   [], " + eOai + "),"
        + " ('c6', 'a4', 'technews.example', '2026-03-01 14:00:00+00', 3, 'The weather was fine.', 'k3', 'none',"
        + "   [], []))"
        + " t(claim_id, article_id, outlet, published_at, sentence_index, text, cluster_id, attribution_kind,"
        + "   quantities, entities)");
    ddl.add("CREATE TABLE claim_clusters AS SELECT cluster_id, any_value(text ORDER BY published_at) AS representative,"
        + " count(*)::INT AS size, count(DISTINCT outlet)::INT AS n_outlets, list(DISTINCT outlet ORDER BY outlet) AS outlets,"
        + " min(published_at) AS first_seen_at, arg_min(outlet, published_at) AS first_outlet,"
        + " CASE cluster_id WHEN 'k1' THEN 0.86 WHEN 'k2' THEN 0.3 ELSE 0.05 END AS fabrication_risk,"
        + " CASE cluster_id WHEN 'k1' THEN ['vague source', 'unknown organisation: Veridian Labs']"
        + "   ELSE []::VARCHAR[] END AS risk_signals"
        + " FROM claims GROUP BY cluster_id");
    ddl.add("CREATE TABLE outlets AS SELECT a.outlet, count(DISTINCT a.article_id) AS articles,"
        + " (SELECT count(*) FROM claims c WHERE c.outlet = a.outlet) AS claims,"
        + " (SELECT count(*) FROM claim_clusters k WHERE k.first_outlet = a.outlet AND k.n_outlets > 1) AS first_reports,"
        + " 0.25 AS copy_rate, avg(CASE WHEN len(a.llm_artifacts) > 0 THEN 1.0 ELSE 0.0 END) AS artifact_rate,"
        + " 0.5 AS risky_claim_share FROM articles a GROUP BY a.outlet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (String s : ddl) {
        st.execute(s);
      }
      for (String t : NotebookSql.TABLES) {
        Files.createDirectories(out.resolve(t));
        st.execute("COPY " + t + " TO '" + out.resolve(t).resolve("part-00000.parquet").toString().replace("'", "''")
            + "' (FORMAT parquet)");
      }
    }
  }
}
