package io.incidentledger.app;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;

/**
 * The request with a body that is counted as it is read: past the limit every read fails with {@link BodyTooLarge},
 * so a body without a Content-Length (chunked) is never held beyond the limit and one read buffer.
 */
final class LimitedRequest extends HttpServletRequestWrapper {

    private final DataSize limit;
    private CountingStream stream;
    private BufferedReader reader;

    LimitedRequest(HttpServletRequest request, DataSize limit) {
        super(request);
        this.limit = limit;
    }

    boolean exceeded() {
        return stream != null && stream.exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new CountingStream(super.getInputStream(), limit.toBytes());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    private final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;
        private volatile boolean exceeded;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            checkOpen();
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkOpen();
            int n = body.read(buffer, offset, length);
            return n <= 0 ? n : count(n);
        }

        private int count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new BodyTooLarge(LimitedRequest.this.limit);
            }
            return n;
        }

        private void checkOpen() throws BodyTooLarge {
            if (exceeded) {
                throw new BodyTooLarge(LimitedRequest.this.limit);
            }
        }

        @Override
        public boolean isFinished() {
            return exceeded || body.isFinished();
        }

        @Override
        public boolean isReady() {
            return !exceeded && body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
