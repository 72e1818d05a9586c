import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Loads a GEXF file with the Gephi Toolkit, as Gephi's "Open graph file" does (the default processor into a new
 * workspace), and prints what Gephi holds afterwards, one tab-separated line each:
 * {@code issue LEVEL MESSAGE}, {@code node ID LABEL SPELLS}, {@code edge ID SOURCE TARGET TYPE SPELLS}, and
 * {@code count NODES EDGES}. SPELLS are {@code start/end} days joined by commas ({@code -} for an open end,
 * empty for always present).
 *
 * <p>Run as a single-file program on the toolkit's class path, in a JVM of its own (the toolkit bundles NetBeans and
 * older libraries): {@code java -cp gephi-toolkit-all.jar GephiRead.java FILE.gexf}. Used by GephiLoadsExportIT.
 */
public class GephiRead {
    public static void main(String[] args) throws Exception {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(new File(args[0]));
        if (container == null) {
            System.out.println("issue\tCRITICAL\tGephi could not read the file");
            return;
        }
        for (Issue issue : container.getReport().getIssuesList(Integer.MAX_VALUE)) {
            System.out.println("issue\t" + issue.getLevel() + "\t" + issue.getMessage().replace('\t', ' '));
        }
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        DirectedGraph graph = model.getDirectedGraph();
        for (Node n : graph.getNodes()) {
            System.out.println("node\t" + n.getId() + "\t" + n.getLabel() + "\t" + spells(n));
        }
        for (Edge e : graph.getEdges()) {
            System.out.println("edge\t" + e.getId() + "\t" + e.getSource().getId() + "\t" + e.getTarget().getId()
                    + "\t" + model.getEdgeTypeLabel(e.getType()) + "\t" + spells(e));
        }
        System.out.println("count\t" + graph.getNodeCount() + "\t" + graph.getEdgeCount());
    }

    private static String spells(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Interval i : e.getIntervals()) {
            sb.append(sb.length() == 0 ? "" : ",").append(day(i.getLow())).append('/').append(day(i.getHigh()));
        }
        return sb.toString();
    }

    private static String day(double millis) {
        return Double.isInfinite(millis) ? "-"
                : Instant.ofEpochMilli((long) millis).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
