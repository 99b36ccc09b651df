package se.samordna.core.docx;

/** The fixed parts of a .docx: content types, relationships, styles, settings, numbering, footer. */
final class Parts {
    static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    static final String CONTENT_TYPES = HEAD
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"" + TYPE + "document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + TYPE + "styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + TYPE + "settings+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + TYPE + "numbering+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + TYPE + "footer+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\""
            + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>";

    static final String ROOT_RELATIONSHIPS = HEAD
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_REL + "officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
            + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + OFFICE_REL + "extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>";

    static final String DOCUMENT_RELATIONSHIPS = HEAD
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"" + OFFICE_REL + "styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdSettings\" Type=\"" + OFFICE_REL + "settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rIdNumbering\" Type=\"" + OFFICE_REL + "numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rIdFooter\" Type=\"" + OFFICE_REL + "footer\" Target=\"footer1.xml\"/>"
            + "</Relationships>";

    static final String APP_PROPERTIES = HEAD
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Samordna</Application></Properties>";

    /** Word asks to update the fields (the table of contents) when it opens the file. */
    static final String SETTINGS = HEAD
            + "<w:settings xmlns:w=\"" + WML + "\"><w:defaultTabStop w:val=\"709\"/>"
            + "<w:updateFields w:val=\"true\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";

    static final String NUMBERING = HEAD
            + "<w:numbering xmlns:w=\"" + WML + "\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"567\" w:hanging=\"283\"/></w:pPr></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

    private Parts() {
    }

    /**
     * Arial in Word (Liberation Sans, as in the PDFs, has the same measures); Swedish as the proofing
     * language. Notes (guidance, explanations) keep with what follows, as headings do.
     */
    static String styles(String language) {
        return HEAD + "<w:styles xmlns:w=\"" + WML + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\""
                + " w:cs=\"Arial\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"" + language + "\"/>"
                + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\""
                + " w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + paragraphStyle("Normal", "Normal", true, "", "")
                + paragraphStyle("Title", "Title", false, "<w:spacing w:before=\"0\" w:after=\"240\"/>",
                        "<w:b/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>")
                + paragraphStyle("Subtitle", "Subtitle", false, "<w:spacing w:after=\"60\"/>",
                        "<w:b/><w:color w:val=\"2F6B6B\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")
                + heading("Heading1", "heading 1", 0, "2F6B6B", 30, 360)
                + heading("Heading2", "heading 2", 1, "2F6B6B", 24, 240)
                + heading("Heading3", "heading 3", 2, "222222", 21, 160)
                + paragraphStyle("Note", "Anteckning", false, "<w:keepNext/><w:spacing w:after=\"80\"/>",
                        "<w:color w:val=\"5A5A5A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
                + paragraphStyle("Empty", "Ej ifyllt", false, "",
                        "<w:i/><w:color w:val=\"6B6B6B\"/>")
                + paragraphStyle("TOC1", "toc 1", false, "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\""
                        + " w:pos=\"9298\"/></w:tabs><w:spacing w:after=\"80\"/>", "")
                + paragraphStyle("ListBullet", "List Bullet", false,
                        "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>", "")
                + "<w:style w:type=\"table\" w:styleId=\"Tabell\"><w:name w:val=\"Tabell\"/>"
                + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr>"
                + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:color=\"9FB8B8\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"9FB8B8\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"D5E0E0\"/></w:tblBorders>"
                + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"right\"/></w:pPr>"
                + "<w:rPr><w:color w:val=\"5A5A5A\"/><w:sz w:val=\"16\"/></w:rPr></w:style>"
                + "</w:styles>";
    }

    /** The footer: "Sida X av Y" (or "Page X of Y") from Word's page fields. */
    static String footer(String page, String of) {
        return HEAD + "<w:ftr xmlns:w=\"" + WML + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">" + page + " </w:t></w:r>" + field("PAGE")
                + "<w:r><w:t xml:space=\"preserve\"> " + of + " </w:t></w:r>" + field("NUMPAGES")
                + "</w:p></w:ftr>";
    }

    private static String field(String instruction) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
                + instruction + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static String heading(String id, String name, int level, String color, int halfPoints, int before) {
        return paragraphStyle(id, name, false, "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before
                + "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + level + "\"/>", "<w:b/><w:color w:val=\"" + color
                + "\"/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>");
    }

    private static String paragraphStyle(String id, String name, boolean isDefault, String paragraph, String run) {
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id
                + "\"><w:name w:val=\"" + name + "\"/>" + (isDefault ? "" : "<w:basedOn w:val=\"Normal\"/>")
                + "<w:qFormat/>" + (paragraph.isEmpty() ? "" : "<w:pPr>" + paragraph + "</w:pPr>")
                + (run.isEmpty() ? "" : "<w:rPr>" + run + "</w:rPr>") + "</w:style>";
    }
}
