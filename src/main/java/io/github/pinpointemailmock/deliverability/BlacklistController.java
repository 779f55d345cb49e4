package io.github.pinpointemailmock.deliverability;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Control plane of the blacklists {@code GetBlacklistReports} reads: list an IP address or domain, or unlist it. */
@RestController
@RequestMapping("/_mock/blacklist")
class BlacklistController {

    private final BlacklistService blacklist;

    BlacklistController(BlacklistService blacklist) {
        this.blacklist = blacklist;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BlacklistListing add(@RequestBody(required = false) BlacklistEntryRequest request) {
        return blacklist.add(request);
    }

    @GetMapping
    List<BlacklistListing> list() {
        return blacklist.list();
    }

    /** Without {@code item}, every listing. */
    @DeleteMapping
    Map<String, Integer> remove(@RequestParam(name = "item", required = false) String item) {
        return Map.of("removed", blacklist.remove(item));
    }
}
