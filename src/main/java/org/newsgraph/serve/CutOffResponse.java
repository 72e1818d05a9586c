package org.newsgraph.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A query response that is either complete or visibly broken, never a 200 with a truncated body.
 *
 * <p>When the query timeout strikes while Fuseki writes results, Fuseki appends a line "## Query cancelled due to
 * timeout ..." to the body, which is by then labelled 200 and JSON (or CSV, or XML): a client cannot tell a cut-off
 * result from a whole one. This wrapper holds the first megabyte of every response back, so most results are
 * complete before a status is sent. If the cut happens within that first megabyte, the client gets {@code 503} and a
 * sentence instead. If the cut happens later (or the result outgrows the size limit), the status is already on the
 * wire; the connection is then aborted without the end of the chunked body, which every HTTP client reports as an
 * error, never as a complete response.
 */
final class CutOffResponse extends HttpServletResponseWrapper {
    /** What is held back before the status is sent. */
    static final int HOLD_BYTES = 1 << 20;
    /** The line Fuseki 5.6 writes into the body when the timeout cancels a query that has started sending. */
    static final byte[] FUSEKI_CANCELLED = "##  Query cancelled due to timeout during execution   ##"
            .getBytes(StandardCharsets.US_ASCII);
    /**
     * For each length n of a partial match of {@link #FUSEKI_CANCELLED}, the longest proper prefix of its first n
     * bytes that is also their suffix (the Knuth-Morris-Pratt table), worked out once rather than on every mismatch
     * of every response byte.
     */
    private static final int[] FALLBACK = fallbacks(FUSEKI_CANCELLED);

    private static int[] fallbacks(byte[] pattern) {
        int[] f = new int[pattern.length + 1];
        for (int n = 2; n <= pattern.length; n++) {
            int k = f[n - 1];
            while (k > 0 && pattern[k] != pattern[n - 1]) {
                k = f[k];
            }
            f[n] = pattern[k] == pattern[n - 1] ? k + 1 : 0;
        }
        return f;
    }

    private final QueryGate.Limits limits;
    private final Body body = new Body();
    private String cutOff;
    private PrintWriter writer;
    /** Fuseki answered with an error page of its own; nothing held back belongs to it. */
    private boolean errorSent;

    CutOffResponse(HttpServletResponse res, QueryGate.Limits limits) {
        super(res);
        this.limits = limits;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return body;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new java.io.OutputStreamWriter(body, StandardCharsets.UTF_8), false);
        }
        return writer;
    }

    @Override
    public boolean isCommitted() {
        return body.sent || super.isCommitted();
    }

    @Override
    public void flushBuffer() throws IOException {
        if (body.sent) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        body.held.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.held.reset();
        super.reset();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        errorSent = true;
        body.held.reset();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        errorSent = true;
        body.held.reset();
        super.sendError(sc);
    }

    /**
     * Sends what was held back, or the refusal; throws when a response already on the wire has to be broken off
     * (the servlet container then aborts the connection).
     */
    void finish() throws IOException {
        HttpServletResponse res = (HttpServletResponse) getResponse();
        if (writer != null) {
            writer.flush();
        }
        if (errorSent) {
            return;
        }
        if (cutOff == null) {
            if (!body.sent && !res.isCommitted()) {
                res.setContentLength(body.held.size());
            }
            body.release();
            return;
        }
        if (!body.sent && !res.isCommitted()) {
            byte[] msg = (cutOff + "\n").getBytes(StandardCharsets.UTF_8);
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            res.setContentType("text/plain; charset=utf-8");
            res.setContentLength(msg.length);
            res.getOutputStream().write(msg);
            return;
        }
        throw new ResultCutOffException(cutOff + " (the response was already under way, so the connection is "
                + "closed before the end of the body)");
    }

    /** Thrown to abort a response that cannot be completed honestly. */
    static final class ResultCutOffException extends IOException {
        ResultCutOffException(String message) {
            super(message);
        }

        /** The server log gets the sentence; where it was thrown from says nothing the sentence does not. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The body: held back, then passed through; watches for Fuseki's cancellation line and the size limit. */
    private final class Body extends ServletOutputStream {
        final ByteArrayOutputStream held = new ByteArrayOutputStream();
        boolean sent;
        long total;
        private int matched;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (cutOff != null) {
                return;
            }
            for (int i = off; i < off + len; i++) {
                if (watch(b[i])) {
                    cutOff = "query cut off: it ran into the server's time limit of "
                            + limits.timeoutMillis() / 1000.0 + " s before all results were written; narrow it "
                            + "(a LIMIT, more specific patterns) or ask for a longer --timeout";
                    return;
                }
            }
            total += len;
            if (total > limits.maxResultBytes()) {
                cutOff = "query cut off: its results outgrew the server's limit of " + (limits.maxResultBytes() >> 20)
                        + " MB; use LIMIT/OFFSET pages, or the whole-store downloads on the landing page";
                return;
            }
            if (sent) {
                CutOffResponse.super.getOutputStream().write(b, off, len);
                return;
            }
            held.write(b, off, len);
            if (held.size() > HOLD_BYTES) {
                release();
            }
        }

        /** Advances the search for Fuseki's cancellation line by one byte; true when it is complete. */
        private boolean watch(byte c) {
            while (matched > 0 && FUSEKI_CANCELLED[matched] != c) {
                matched = FALLBACK[matched];
            }
            if (FUSEKI_CANCELLED[matched] == c) {
                matched++;
            }
            return matched == FUSEKI_CANCELLED.length;
        }

        void release() throws IOException {
            if (!sent) {
                sent = true;
                held.writeTo(CutOffResponse.super.getOutputStream());
                held.reset();
            }
        }

        @Override
        public void flush() throws IOException {
            if (sent) {
                CutOffResponse.super.getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("query responses are written blocking");
        }
    }
}
