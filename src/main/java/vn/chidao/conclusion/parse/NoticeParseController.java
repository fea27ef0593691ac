package vn.chidao.conclusion.parse;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chidao.base.ActorPrincipal;

/** {@code POST /api/conclusions/parse}: the text of a notice as JSON {@code {text}}, or the file as multipart. */
@RestController
@RequestMapping("/api/conclusions")
class NoticeParseController {

    record Text(String text) {
    }

    private final NoticeParseService parser;

    NoticeParseController(NoticeParseService parser) {
        this.parser = parser;
    }

    @PostMapping(path = "/parse", consumes = MediaType.APPLICATION_JSON_VALUE)
    ParsedNotice parse(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody Text body) {
        return parser.parseText(caller.actor(), body == null ? null : body.text());
    }

    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ParsedNotice upload(@AuthenticationPrincipal ActorPrincipal caller, @RequestPart("file") MultipartFile file)
            throws IOException {
        return parser.parseFile(caller.actor(), file.getOriginalFilename(), file.getBytes());
    }
}
