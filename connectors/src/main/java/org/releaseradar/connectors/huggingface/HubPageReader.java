package org.releaseradar.connectors.huggingface;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code /api/models} body into items. The body is decoded strictly as UTF-8 (the Hub's
 * only charset): a byte sequence that is not UTF-8 makes the whole page unusable instead of being
 * silently replaced, because a replaced character in a repo id would be a different repo. The
 * array is then read item by item so each item's own text and size are known: one bad item is
 * rejected on its own, and the rest of the page is kept.
 */
final class HubPageReader {

    private final ObjectMapper mapper;
    private final HubModelParser parser;

    HubPageReader(ObjectMapper mapper, HubModelParser parser) {
        this.mapper = mapper;
        this.parser = parser;
    }

    HubPage read(URI url, byte[] body, Optional<URI> next, Instant polledAt) throws UnusablePageException {
        String text = decodeUtf8(url, body);
        List<ParsedItem> items = new ArrayList<>();
        try (JsonParser json = mapper.createParser(text)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new UnusablePageException(url, body, "body is not a JSON array", null);
            }
            JsonToken token;
            while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new UnusablePageException(url, body, "JSON array is not closed (truncated body)", null);
                }
                int start = (int) json.currentTokenLocation().getCharOffset();
                JsonNode item = mapper.readTree(json);
                int end = (int) json.currentLocation().getCharOffset();
                String itemText = text.substring(start, end);
                long size = itemText.getBytes(StandardCharsets.UTF_8).length;
                items.add(parser.parse(item, itemText, size, polledAt));
            }
            if (json.nextToken() != null) {
                throw new UnusablePageException(url, body, "text after the JSON array", null);
            }
        } catch (IOException e) {
            throw new UnusablePageException(url, body, "malformed JSON: " + firstLine(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        return new HubPage(url, items, next);
    }

    private static String decodeUtf8(URI url, byte[] body) throws UnusablePageException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            return decoder.decode(bytes).toString();
        } catch (MalformedInputException e) {
            throw new UnusablePageException(url, body, "body is not valid UTF-8 (malformed byte sequence at byte "
                    + bytes.position() + ")", e);
        } catch (CharacterCodingException e) {
            throw new UnusablePageException(url, body, "body is not valid UTF-8", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
