package illustrated.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One build at a time per project: an exclusive lock on {@code target/.build.lock}, held from
 * before the leftovers of earlier builds are cleaned until the site is published. A second build
 * (another terminal, {@code serve} rebuilding while {@code build} runs, Maven's package) says which
 * process holds it and waits; the operating system releases the lock of a process that dies, even
 * by {@code kill -9}. Builds in one JVM (the preview server, tests) queue on an in-process lock
 * first, since a JVM cannot hold the same file lock twice.
 */
public final class BuildLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 100;

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other build of {@code project} runs; {@code waiting} hears once why it waits. */
    public static BuildLock acquire(Path project, Consumer<String> waiting) throws IOException {
        Path file = project.toAbsolutePath().normalize().resolve("target/.build.lock");
        Files.createDirectories(file.getParent());
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        boolean told = false;
        try {
            if (!local.tryLock()) {
                waiting.accept("waiting for another build of this project in this process to finish…");
                told = true;
                local.lockInterruptibly();
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                FileLock l;
                while ((l = ch.tryLock()) == null) {
                    if (!told) {
                        waiting.accept("waiting for another build of this project to finish (" + holder(file)
                                + "; lock " + file + ")…");
                        told = true;
                    }
                    Thread.sleep(POLL_MILLIS);
                }
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(self().getBytes(StandardCharsets.UTF_8)), 0);
                return new BuildLock(local, ch, l);
            } catch (IOException | InterruptedException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (local.isHeldByCurrentThread()) {
                local.unlock();
            }
            throw new IOException("interrupted while waiting for another build", e);
        } catch (IOException | RuntimeException e) {
            if (local.isHeldByCurrentThread()) {
                local.unlock();
            }
            throw e;
        }
    }

    /** Who holds the lock, as it wrote itself into the file. */
    private static String holder(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "a process that has just started" : s;
        } catch (IOException e) {
            return "another process";
        }
    }

    private static String self() {
        return "pid " + ProcessHandle.current().pid();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
