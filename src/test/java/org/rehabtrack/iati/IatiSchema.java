package org.rehabtrack.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * IATI's official activity schema, version 2.03 (test resources {@code iati-2.03/}, as published by
 * IATI), read once: answers every error a document has against it.
 */
final class IatiSchema {

    private static final Schema SCHEMA = load();

    private IatiSchema() {}

    private static Schema load() {
        URL schema = IatiSchema.class.getResource("/iati-2.03/iati-activities-schema.xsd");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Only the schema's own files, next to it: nothing is fetched from outside.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(schema);
        } catch (SAXException e) {
            throw new IllegalStateException("The IATI schema cannot be read", e);
        }
    }

    /** Every error of the document against the schema, with its line; none when it is valid. */
    static List<String> errors(byte[] document) {
        List<String> errors = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setErrorHandler(
                new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {}

                    @Override
                    public void error(SAXParseException e) {
                        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }
                });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }
}
