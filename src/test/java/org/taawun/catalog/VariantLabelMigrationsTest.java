package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.TaawunTest;

/**
 * The migrations that gave variant labels a language (catalog V60, ordering V61) keep every existing label, in the
 * column of the language it is written in: Arabic letters make it Arabic, anything else French. Each runs here on a
 * copy of the table as it was before it, in a schema of its own.
 */
@TaawunTest
class VariantLabelMigrationsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void catalogV60KeepsEachLabelInTheLanguageOfItsScript() throws Exception {
        String schema = schema();
        jdbc.sql("create table " + schema + ".variants (id uuid primary key, label varchar(40))")
                .update();
        insert(schema + ".variants", "جرة 500 غ", "Pot de 500 g", "250 ml", null);
        migrate("db/migration/catalog/V60__catalog_variant_labels_per_language.sql", "catalog.", schema);

        assertThat(rows(schema + ".variants", "label_ar", "label_fr", "label_en"))
                .containsExactlyInAnyOrder(
                        "جرة 500 غ|null|null", "null|Pot de 500 g|null", "null|250 ml|null", "null|null|null");
        assertThat(columns(schema, "variants")).doesNotContain("label");
        drop(schema);
    }

    @Test
    void orderingV61KeepsEachLinesLabelInTheLanguageOfItsScript() throws Exception {
        String schema = schema();
        jdbc.sql("create table " + schema + ".order_lines (id uuid primary key, variant_label varchar(40))")
                .update();
        insert(schema + ".order_lines", "1 لتر", "1 l", null);
        migrate("db/migration/ordering/V61__ordering_line_variant_label_per_language.sql", "ordering.", schema);

        assertThat(rows(schema + ".order_lines", "variant_label_ar", "variant_label_fr", "variant_label_en"))
                .containsExactlyInAnyOrder("1 لتر|null|null", "null|1 l|null", "null|null|null");
        assertThat(columns(schema, "order_lines")).doesNotContain("variant_label");
        drop(schema);
    }

    private String schema() {
        String schema = "migration_check_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create schema " + schema).update();
        return schema;
    }

    private void drop(String schema) {
        jdbc.sql("drop schema " + schema + " cascade").update();
    }

    private void insert(String table, String... labels) {
        String column = table.endsWith("order_lines") ? "variant_label" : "label";
        for (String label : labels) {
            jdbc.sql("insert into " + table + " (id, " + column + ") values (?, ?)")
                    .params(UUID.randomUUID(), label)
                    .update();
        }
    }

    private void migrate(String script, String schemaPrefix, String schema) throws Exception {
        String sql = new ClassPathResource(script).getContentAsString(StandardCharsets.UTF_8);
        jdbc.sql(sql.replace(schemaPrefix, schema + ".")).update();
    }

    private List<String> rows(String table, String... columns) {
        return jdbc.sql("select " + String.join(" || '|' || ", coalesced(columns)) + " from " + table)
                .query(String.class)
                .list();
    }

    private static List<String> coalesced(String... columns) {
        return java.util.Arrays.stream(columns)
                .map(c -> "coalesce(" + c + ", 'null')")
                .toList();
    }

    private List<String> columns(String schema, String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_schema = ? and table_name = ?")
                .params(schema, table)
                .query(String.class)
                .list();
    }
}
