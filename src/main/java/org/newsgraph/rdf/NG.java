package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newsgraph ontology, {@code https://w3id.org/newsgraph/ontology#}, as Jena constants. */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ontology#";

    public static final Resource Article = r("Article");
    public static final Resource Actor = r("Actor");
    public static final Resource Place = r("Place");
    public static final Resource Mention = r("Mention");
    public static final Resource Statement = r("Statement");
    public static final Resource Agreement = r("Agreement");
    public static final Resource AgreementMention = r("AgreementMention");
    public static final Resource Incident = r("Incident");
    public static final Resource Meeting = r("Meeting");
    public static final Resource ExtractionRun = r("ExtractionRun");
    public static final Resource DirectQuote = r("DirectQuote");
    public static final Resource IndirectSpeech = r("IndirectSpeech");

    public static final Property published = p("published");
    public static final Property publishedEstimate = p("publishedEstimate");
    public static final Property publisher = p("publisher");
    public static final Property creditedSource = p("creditedSource");
    public static final Property sourceUrl = p("sourceUrl");
    public static final Property sourceFile = p("sourceFile");
    public static final Property text = p("text");
    public static final Property contentHash = p("contentHash");
    public static final Property dateline = p("dateline");
    public static final Property articleId = p("articleId");

    public static final Property refersTo = p("refersTo");
    public static final Property inArticle = p("inArticle");
    public static final Property anchor = p("anchor");
    public static final Property begin = p("begin");
    public static final Property end = p("end");
    public static final Property framing = p("framing");
    public static final Property confidence = p("confidence");
    public static final Property role = p("role");
    public static final Property affiliation = p("affiliation");
    public static final Property placeKind = p("placeKind");
    public static final Property operationName = p("operationName");
    public static final Property fusionGroup = p("fusionGroup");
    public static final Property utteranceKey = p("utteranceKey");
    public static final Property awaitsFusion = p("awaitsFusion");
    public static final Property priorEvent = p("priorEvent");
    public static final Property priorUtterance = p("priorUtterance");
    public static final Property textKey = p("textKey");
    public static final Property countText = p("countText");
    public static final Property countQualifier = p("countQualifier");
    public static final Property countMin = p("countMin");
    public static final Property countMax = p("countMax");
    public static final Property within = p("within");

    public static final Property speaker = p("speaker");
    public static final Property mode = p("mode");
    public static final Property quote = p("quote");
    public static final Property quoteBegin = p("quoteBegin");
    public static final Property quoteEnd = p("quoteEnd");
    public static final Property date = p("date");
    public static final Property dateText = p("dateText");
    public static final Property dateEarliest = p("dateEarliest");
    public static final Property dateLatest = p("dateLatest");
    public static final Property dateInferred = p("dateInferred");
    public static final Property dateConfidence = p("dateConfidence");
    public static final Property dateBasis = p("dateBasis");
    public static final Property cue = p("cue");
    public static final Property about = p("about");
    public static final Property addressee = p("addressee");
    public static final Property evidence = p("evidence");
    public static final Property reportedBy = p("reportedBy");

    public static final Property party = p("party");
    public static final Property signed = p("signed");
    public static final Property signedAt = p("signedAt");
    public static final Property provision = p("provision");
    public static final Property mentionedIn = p("mentionedIn");
    public static final Property catalogued = p("catalogued");

    public static final Property incidentType = p("incidentType");
    public static final Property trigger = p("trigger");
    public static final Property location = p("location");
    public static final Property perpetrator = p("perpetrator");
    public static final Property target = p("target");
    public static final Property killed = p("killed");
    public static final Property displaced = p("displaced");
    public static final Property alsoEvidence = p("alsoEvidence");

    public static final Property participant = p("participant");
    public static final Property meetingKind = p("meetingKind");
    public static final Property extractorVersion = p("extractorVersion");
    public static final Property extractorFingerprint = p("extractorFingerprint");

    // Events fused from incident reports of several articles (resolve.EventFusion), one graph per event.
    public static final Resource Event = r("Event");
    public static final Resource FusionLink = r("FusionLink");
    public static final Resource Figure = r("Figure");
    public static final Resource Utterance = r("Utterance");
    /** A reported-speech report of an utterance that paraphrases a direct quote of it in another article. */
    public static final Property paraphraseOf = p("paraphraseOf");
    /** A month an incident report's date range touches: the key under which fusion finds candidate reports. */
    public static final Property month = p("month");
    public static final Property report = p("report");
    public static final Property reportOf = p("reportOf");
    public static final Property reportCount = p("reportCount");
    public static final Property outletCount = p("outletCount");
    public static final Property independentCount = p("independentCount");
    public static final Property disputed = p("disputed");
    public static final Property figure = p("figure");
    public static final Property measure = p("measure");
    public static final Property value = p("value");
    public static final Property givenBy = p("givenBy");
    public static final Property attributedTo = p("attributedTo");
    public static final Property inReport = p("inReport");
    public static final Property link = p("link");
    public static final Property between = p("between");

    // Agreements in action: what a statement or incident does with an agreement its sentence names.
    public static final Resource AgreementRelation = r("AgreementRelation");
    public static final Property relation = p("relation");
    public static final Property agreement = p("agreement");
    public static final Property relationOf = p("relationOf");
    public static final Property allegedBy = p("allegedBy");
    public static final Property invokes = p("invokes");
    public static final Property allegesViolationOf = p("allegesViolationOf");
    public static final Property implementsAgreement = p("implements");

    // Proposed Wikidata links (newsgraph link), kept apart from the entities graph.
    public static final Resource ProposedLink = r("ProposedLink");
    public static final Property subject = p("subject");
    public static final Property candidate = p("candidate");
    public static final Property score = p("score");
    public static final Property method = p("method");
    public static final Property candidateLabel = p("candidateLabel");
    public static final Property candidateDescription = p("candidateDescription");
    public static final Property scoreBasis = p("scoreBasis");

    private NG() {
    }

    /** The class or concept with this local name (e.g. an actor class or an incident type). */
    public static Resource term(String localName) {
        return r(localName);
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
