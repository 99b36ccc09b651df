package se.samordna.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Version 12 gives the records already there a UUID each, different for every row. */
@org.junit.jupiter.api.Tag("h2-only")
class YearPackageMigrationTest {
    @TempDir
    Path dir;

    @Test
    void existingRowsGetADistinctUuidEach() {
        try (Database db = Database.open(dir.resolve("old"))) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/schema/common", "classpath:db/schema/h2").target("11").load()
                    .migrate();
            for (String name : List.of("Norr", "Söder", "Väster")) {
                db.execute("INSERT INTO centre (name, kind, municipality) VALUES ('" + name
                        + "', 'FAMILJECENTRAL', 'Östersund')");
                db.execute("INSERT INTO person (centre_id, role, name) SELECT id, 'SAMORDNARE', 'A' FROM centre "
                        + "WHERE name = '" + name + "'");
            }
            Schema.migrate(db, () -> { });
            List<Long> distinct = db.transactionResult(ctx -> List.of(
                    ctx.fetchOne("SELECT COUNT(DISTINCT uuid) FROM centre WHERE uuid IS NOT NULL").get(0, Long.class),
                    ctx.fetchOne("SELECT COUNT(DISTINCT uuid) FROM person WHERE uuid IS NOT NULL").get(0, Long.class)));
            assertThat(distinct).containsExactly(3L, 3L);
        }
    }
}
