package vn.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.SampleFiles;
import vn.chidao.support.World;

/**
 * A 15 MB scan goes in and comes out as a stream: the same bytes and hash back, and while it is downloaded the old
 * generation of the heap, where a whole-file array would land, grows by far less than the file (measured against a
 * 1 MB file's download in the same run). On PostgreSQL the content is a large object, on H2 a blob.
 */
@ChidaoTest
class AttachmentStreamingTest {

    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void aFifteenMegabyteDownloadKeepsTheHeapFlat() throws Exception {
        World world = fixtures.newWorld();
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        long id = Fixtures.assignmentOf(issued, World.SO_A);
        ApiClient focalPoint = ApiClient.on(port).as(world.focalPoint(World.SO_A).username());
        focalPoint.post("/api/assignments/" + id + "/acknowledge").expect(200);
        byte[] small = SampleFiles.largePdf(MB);
        byte[] large = SampleFiles.largePdf(15 * MB);
        JsonNode files = focalPoint.postFiles("/api/assignments/" + id + "/progress",
                ApiClient.json("percent", 50), "file", Map.of("nho.pdf", small, "ban-quet-15MB.pdf", large))
                .expect(200).path("attachments");
        long smallId = idOf(files, "nho.pdf");
        long largeId = idOf(files, "ban-quet-15MB.pdf");
        String reader = world.secretariat().username();

        Download warmUp = download(smallId, reader);
        Download baseline = download(smallId, reader);
        Download measured = download(largeId, reader);

        System.out.printf("Attachment download, old generation growth: 1 MB file %.1f MB, 15 MB file %.1f MB%n",
                baseline.oldGenGrowth() / (double) MB, measured.oldGenGrowth() / (double) MB);
        assertThat(warmUp.sha256()).isEqualTo(sha256(small));
        assertThat(measured.bytes()).isEqualTo(large.length);
        assertThat(measured.sha256()).isEqualTo(sha256(large));
        assertThat(measured.oldGenGrowth()).as("old generation growth while streaming 15 MB")
                .isLessThan(baseline.oldGenGrowth() + 6L * MB);
    }

    private static long idOf(JsonNode files, String name) {
        for (JsonNode file : files) {
            if (file.path("name").asText().equals(name)) {
                return file.path("id").asLong();
            }
        }
        throw new AssertionError("no attachment " + name + " in " + files);
    }

    private record Download(long bytes, String sha256, long oldGenGrowth) {
    }

    /** Reads the file through a 64 KB buffer, hashing it, while the old generation's peak is watched. */
    private Download download(long id, String username) throws Exception {
        // the heap pools with a usage threshold: the old generation (eden and survivors have none), where G1 puts
        // an array of several megabytes at once
        List<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported()).toList();
        System.gc();
        old.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = old.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port
                + "/api/attachments/" + id).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long total = 0;
        try (InputStream in = connection.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                total += n;
            }
        } catch (IOException e) {
            throw new AssertionError("download of " + id + " failed: " + connection.getResponseCode(), e);
        }
        long peak = old.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Download(total, HexFormat.of().formatHex(digest.digest()), Math.max(0, peak - before));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
