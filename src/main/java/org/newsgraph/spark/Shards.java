package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;

/** The part files Spark wrote, renamed {@code shard-NNNNN.nq.gz} so that loaders know them as gzipped N-Quads. */
final class Shards {
    private Shards() {
    }

    static List<String> rename(JavaSparkContext sc, String out) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = dir.getFileSystem(sc.hadoopConfiguration());
        List<String> shards = new ArrayList<>();
        for (FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            if (name.startsWith("part-") && name.endsWith(".gz")) {
                org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(dir,
                        "shard-" + name.substring(5, name.length() - 3) + ".nq.gz");
                if (!fs.rename(f.getPath(), to)) {
                    throw new IOException("cannot rename " + f.getPath() + " to " + to);
                }
                shards.add(fs.makeQualified(to).toString());
            } else if (name.startsWith(".") && name.endsWith(".crc")) {
                fs.delete(f.getPath(), false);
            }
        }
        shards.sort(null);
        return shards;
    }
}
