package org.taawun.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index left by an earlier mapping is deleted at start; the current one and other folders are kept. */
class SearchIndexBootstrapTest {

    @TempDir
    Path data;

    @Test
    void indexesOfEarlierMappingsAreDeleted() throws Exception {
        Path root = data.resolve(SearchConfiguration.INDEX_DIRECTORY);
        Path current = Files.createDirectories(root.resolve(ProductFields.INDEX));
        Files.writeString(current.resolve("segments_1"), "x");
        Path first = Files.createDirectories(root.resolve("product"));
        Files.writeString(first.resolve("segments_1"), "x");
        Path second = Files.createDirectories(root.resolve("product-2"));
        Path other = Files.createDirectories(root.resolve("shop"));

        new SearchIndexBootstrap(null, null, null, false, data.toString()).removeOldIndexes();

        assertThat(current.resolve("segments_1")).exists();
        assertThat(first).doesNotExist();
        assertThat(second).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void nothingHappensWithoutAnIndexDirectoryOrInMemory() {
        new SearchIndexBootstrap(null, null, null, false, data.toString()).removeOldIndexes();
        new SearchIndexBootstrap(null, null, null, true, data.toString()).removeOldIndexes();
        assertThat(data.resolve(SearchConfiguration.INDEX_DIRECTORY)).doesNotExist();
    }
}
