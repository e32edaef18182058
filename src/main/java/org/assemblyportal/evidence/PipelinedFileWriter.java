package org.assemblyportal.evidence;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes an upload's bytes to its temporary file on a second thread, so that the thread receiving
 * the upload only reads and hashes. Measured on the 2-core machine: copying into the page cache and
 * the final fsync took more of the request thread's time than the socket and SHA-256 together
 * (docs/benchmarks.md). Holds at most {@link #BUFFERS} buffers of {@link #BUFFER_SIZE} per upload,
 * and asks the kernel to write back every {@link #FLUSH_EVERY} bytes, so the fsync at the end only
 * waits for the last stretch instead of the whole file.
 */
final class PipelinedFileWriter implements AutoCloseable {

    static final int BUFFER_SIZE = 256 * 1024;
    private static final int BUFFERS = 4;
    private static final long FLUSH_EVERY = 64L * 1024 * 1024;
    private static final ByteBuffer END = ByteBuffer.allocate(0);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(task -> {
        var thread = new Thread(task, "blob-writer-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final FileChannel channel;
    private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<ByteBuffer> filled = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Future<?> writing;
    private boolean ended;
    private volatile boolean abandoned;

    PipelinedFileWriter(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(ByteBuffer.allocate(BUFFER_SIZE));
        }
        this.writing = WRITERS.submit(this::writeAll);
    }

    /** An empty buffer to fill; waits while all buffers are queued for writing. */
    ByteBuffer emptyBuffer() throws IOException {
        try {
            ByteBuffer buffer;
            while ((buffer = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
                failIfWriterStopped();
            }
            return buffer.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the writer");
        }
    }

    /** Queues the buffer's content (position 0 to its position) for writing. */
    void write(ByteBuffer buffer) throws IOException {
        failIfWriterStopped();
        buffer.flip();
        filled.add(buffer);
    }

    /** Waits until every queued byte is written and forced to disk, file metadata included. */
    void finish() throws IOException {
        ended = true;
        filled.add(END);
        awaitWriter();
    }

    /** Stops writing (an upload refused or broken off) and releases the file; what was written is left to the caller. */
    @Override
    public void close() throws IOException {
        try {
            if (!ended) {
                ended = true;
                abandoned = true;
                filled.clear();
                filled.add(END);
                try {
                    awaitWriter();
                } catch (IOException alreadyFailing) {
                    // The upload is being abandoned anyway; its own error is the one to report.
                }
            }
        } finally {
            channel.close();
        }
    }

    private Void writeAll() throws IOException, InterruptedException {
        long sinceFlush = 0;
        for (ByteBuffer buffer = filled.take(); buffer != END; buffer = filled.take()) {
            sinceFlush += buffer.remaining();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            free.add(buffer);
            if (sinceFlush >= FLUSH_EVERY) {
                channel.force(false);
                sinceFlush = 0;
            }
        }
        if (!abandoned) {
            // On disk before it gets its hash name: after a power cut the name never points at lost bytes.
            channel.force(true);
        }
        return null;
    }

    private void failIfWriterStopped() throws IOException {
        if (writing.isDone()) {
            awaitWriter();
            throw new IOException("The writer stopped before the upload ended");
        }
    }

    private void awaitWriter() throws IOException {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the writer");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException("The writer failed", e.getCause()));
        }
    }
}
