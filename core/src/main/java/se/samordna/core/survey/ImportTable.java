package se.samordna.core.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import se.samordna.core.common.UserFacingException;

/**
 * A file of answers read as a table: a header row and data rows, from CSV (comma, semicolon or tab;
 * UTF-8 with or without BOM, or Windows-1252 as Swedish Excel writes it) or from XLSX.
 */
public record ImportTable(List<String> headers, List<List<String>> rows, String description) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public ImportTable {
        headers = List.copyOf(headers);
    }

    public static ImportTable read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return readXlsx(file);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return readCsv(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UserFacingException("import.unreadable", e, file.getFileName().toString());
        }
        throw new UserFacingException("import.unknownType", file.getFileName().toString());
    }

    static ImportTable readCsv(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            throw new UserFacingException("import.empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UserFacingException("import.binary");
            }
        }
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            encoding = "UTF-8 (BOM)";
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
                encoding = "Windows-1252";
            }
        }
        String firstLine;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            firstLine = reader.readLine();
        }
        if (firstLine == null || firstLine.isBlank()) {
            throw new UserFacingException("import.empty");
        }
        char delimiter = delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(cell.strip()));
                if (first) {
                    headers.addAll(cells);
                    first = false;
                } else {
                    rows.add(cells);
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new UserFacingException("import.brokenCsv", e, e.getMessage());
        }
        String name = switch (delimiter) {
            case ';' -> "semikolon";
            case '\t' -> "tabb";
            default -> "komma";
        };
        return new ImportTable(headers, rows, "CSV, " + encoding + ", " + name);
    }

    /** Semicolon (Swedish Excel), tab or comma: whichever splits the header line into the most columns. */
    static char delimiter(String header) {
        char best = ',';
        int bestCount = count(header, ',');
        for (char candidate : new char[] {';', '\t'}) {
            int count = count(header, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static ImportTable readXlsx(Path file) throws IOException {
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> stream = sheet.openStream()) {
                boolean first = true;
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        String cell = row.getCellText(i);
                        cells.add(cell == null ? "" : numeric(cell.strip()));
                    }
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (first) {
                        headers.addAll(cells);
                        first = false;
                    } else {
                        rows.add(cells);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new UserFacingException("import.brokenXlsx", e, file.getFileName().toString());
        }
        while (!headers.isEmpty() && headers.getLast().isEmpty()) {
            headers.removeLast();
        }
        if (headers.isEmpty()) {
            throw new UserFacingException("import.empty");
        }
        // A spreadsheet leaves trailing empty cells out of a row: they are empty answers, not a short row.
        for (List<String> row : rows) {
            while (row.size() < headers.size()) {
                row.add("");
            }
            while (row.size() > headers.size() && row.getLast().isEmpty()) {
                row.removeLast();
            }
        }
        return new ImportTable(headers, rows, "XLSX");
    }

    /** Excel writes 3 as "3.0": read it as 3. */
    private static String numeric(String cell) {
        return cell.matches("\\d+\\.0+") ? cell.substring(0, cell.indexOf('.')) : cell;
    }
}
