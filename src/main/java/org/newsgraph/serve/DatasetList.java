package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

/**
 * {@code /$/server} without the internals: the datasets and their endpoints, which the Fuseki UI needs to list and
 * query them, but not the server's version, start time or uptime (Fuseki's own answer, which tells an attacker which
 * release and which known bugs to try). {@code newsgraph serve --server-info} puts Fuseki's full answer and {@code
 * /$/stats} back.
 */
final class DatasetList extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        JsonBuilder b = new JsonBuilder();
        b.startObject();
        b.key("datasets");
        JsonDescription.arrayDatasets(b, DataAccessPointRegistry.get(req.getServletContext()));
        b.finishObject();
        res.setContentType("application/json; charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        OutputStream out = res.getOutputStream();
        JSON.write(out, b.build());
        out.write('\n');
    }
}
