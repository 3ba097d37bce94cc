package org.steward.monitoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Gzip of what monitoring seals, at the fastest level: ingest throughput matters more than a few per cent of size. */
final class Gzip {

    private Gzip() {
    }

    static byte[] compress(byte[] plain) {
        var bytes = new ByteArrayOutputStream(64 + plain.length / 4);
        try (var gzip = new GZIPOutputStream(bytes, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] decompress(byte[] gzip) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Sealed monitoring content is not readable gzip", e);
        }
    }
}
