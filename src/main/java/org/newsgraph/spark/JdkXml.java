package org.newsgraph.spark;

/**
 * Hadoop's client jar registers its shaded Woodstox as the JVM's StAX parser, which refuses the secure-processing
 * property Jena sets on every XML reader it makes (and logs an error each time); the JDK's own parser is kept for
 * everything that asks for one by the standard lookup. Hadoop itself makes its Woodstox by name and is not affected.
 */
final class JdkXml {
    private static final String INPUT = "javax.xml.stream.XMLInputFactory";

    private JdkXml() {
    }

    static void prefer() {
        if (System.getProperty(INPUT) == null) {
            System.setProperty(INPUT, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }
}
