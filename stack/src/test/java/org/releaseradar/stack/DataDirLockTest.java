package org.releaseradar.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLockOnTheSameDirectoryIsRefused() {
        DataDirLock first = DataDirLock.acquire(dataDir);
        try {
            assertThatThrownBy(() -> DataDirLock.acquire(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another local stack")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
        } finally {
            first.close();
        }
        DataDirLock.acquire(dataDir).close();
    }
}
