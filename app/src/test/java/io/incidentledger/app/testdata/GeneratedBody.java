package io.incidentledger.app.testdata;

import java.io.InputStream;
import java.util.Arrays;

/** A request body of any size, generated as it is sent and never held, that counts how much was taken from it. */
public final class GeneratedBody extends InputStream {

    private final long size;
    private volatile long produced;

    public GeneratedBody(long size) {
        this.size = size;
    }

    public long produced() {
        return produced;
    }

    @Override
    public int read() {
        if (produced >= size) {
            return -1;
        }
        produced++;
        return 'x';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (produced >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - produced);
        Arrays.fill(buffer, offset, offset + n, (byte) 'x');
        produced += n;
        return n;
    }
}
