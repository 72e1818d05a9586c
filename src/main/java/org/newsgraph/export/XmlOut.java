package org.newsgraph.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer with line breaks and indentation, and with characters that XML 1.0 cannot hold (control
 * characters, unpaired surrogates) replaced, so any literal from the store yields a well-formed file.
 */
final class XmlOut {
    private final XMLStreamWriter w;
    /** For each open element: whether it has child elements (then its end tag goes on its own line). */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XmlOut(OutputStream out) throws XMLStreamException {
        w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    }

    /** Opens an element on a new line; its attributes follow with {@link #attr}. */
    XmlOut open(String name) throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        w.writeCharacters("\n" + "  ".repeat(open.size()));
        w.writeStartElement(name);
        open.push(false);
        return this;
    }

    /** Writes an element without content on a new line; its attributes follow with {@link #attr}. */
    XmlOut empty(String name) throws XMLStreamException {
        open.pop();
        open.push(true);
        w.writeCharacters("\n" + "  ".repeat(open.size()));
        w.writeEmptyElement(name);
        return this;
    }

    /** Opens the root element in the default namespace. */
    XmlOut root(String name, String namespace) throws XMLStreamException {
        w.setDefaultNamespace(namespace);
        open(name);
        w.writeDefaultNamespace(namespace);
        return this;
    }

    XmlOut attr(String name, String value) throws XMLStreamException {
        w.writeAttribute(name, clean(value));
        return this;
    }

    /** A namespaced attribute, declaring its namespace on the current element. */
    XmlOut attr(String prefix, String namespace, String name, String value) throws XMLStreamException {
        w.writeNamespace(prefix, namespace);
        w.writeAttribute(prefix, namespace, name, clean(value));
        return this;
    }

    /** Writes text content into the element just opened. */
    XmlOut text(String value) throws XMLStreamException {
        w.writeCharacters(clean(value));
        return this;
    }

    /** Closes the element opened last. */
    XmlOut close() throws XMLStreamException {
        if (open.pop()) {
            w.writeCharacters("\n" + "  ".repeat(open.size()));
        }
        w.writeEndElement();
        return this;
    }

    /** An element holding only text: {@code <name>value</name>}. */
    XmlOut element(String name, String value) throws XMLStreamException {
        return open(name).text(value).close();
    }

    /** Closes what is open, ends the document and flushes (the stream stays open). */
    void finish() throws XMLStreamException {
        while (!open.isEmpty()) {
            close();
        }
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
