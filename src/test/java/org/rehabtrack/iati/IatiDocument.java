package org.rehabtrack.iati;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An IATI document as read back by a test: its nodes and values by XPath. */
final class IatiDocument {

    private final byte[] bytes;
    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    IatiDocument(byte[] bytes) {
        this.bytes = bytes;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            this.document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + text(), e);
        }
    }

    byte[] bytes() {
        return bytes;
    }

    String text() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The nodes an expression selects, from the document or from a node of it. */
    List<Node> nodes(Object from, String expression) {
        try {
            NodeList list =
                    (NodeList)
                            xpath.evaluate(
                                    expression,
                                    from == null ? document : from,
                                    XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The text of each node an expression selects from the document. */
    List<String> values(String expression) {
        return values(null, expression);
    }

    /** The text of each node an expression selects from a node. */
    List<String> values(Object from, String expression) {
        return nodes(from, expression).stream().map(Node::getTextContent).toList();
    }

    /** The single text an expression selects from a node, or null for none. */
    String value(Object from, String expression) {
        List<String> values = values(from, expression);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The activities, in the order written. */
    List<Node> activities() {
        return children(document.getDocumentElement(), "iati-activity");
    }

    /**
     * The child elements of a name, walked rather than searched: XPath from a node of a large
     * document takes time in proportion to the whole document.
     */
    static List<Node> children(Node parent, String name) {
        List<Node> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name)) {
                children.add(n);
            }
        }
        return children;
    }

    /** The first child element of a name, or null. */
    static Node child(Node parent, String name) {
        List<Node> children = children(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    /** An attribute of an element, or null (also for no element). */
    static String attribute(Node element, String name) {
        if (element == null) {
            return null;
        }
        Node attribute = element.getAttributes().getNamedItem(name);
        return attribute == null ? null : attribute.getNodeValue();
    }

    /** The activity of an identifier ending with a center's code, or null. */
    Node activityOf(String center) {
        return activities().stream()
                .filter(a -> value(a, "iati-identifier").endsWith("-" + center))
                .findFirst()
                .orElse(null);
    }
}
