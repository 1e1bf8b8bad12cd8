package io.orderhub.connector.yahoo.internal.client;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

/** Reading and writing the small XML documents of the Store API. No DTDs, no entities. */
public final class Xml {

    private Xml() {
    }

    /** The root element, or an IllegalArgumentException when the body is not well-formed XML. */
    public static Element parse(byte[] body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("XMLとして読めません: " + e.getMessage(), e);
        }
    }

    public static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }

    /** The trimmed text of a child element; null when absent or empty. */
    public static String text(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        String s = e.getTextContent().trim();
        return s.isEmpty() ? null : s;
    }

    /** {@code <name>value</name>}, escaped; nothing for a null value. */
    public static StringBuilder tag(StringBuilder x, String name, String value) {
        if (value != null) {
            x.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
        }
        return x;
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
