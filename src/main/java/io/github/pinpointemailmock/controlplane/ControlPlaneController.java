package io.github.pinpointemailmock.controlplane;

import io.github.pinpointemailmock.store.InfoContributor;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The control plane for tests: reset, state, request log and facts about the running emulator. */
@RestController
@RequestMapping("/_mock")
class ControlPlaneController {

    private final ControlPlaneService controlPlane;
    private final RequestLog requestLog;
    private final MockSettings settings;
    private final ObjectProvider<BuildProperties> build;
    private final List<InfoContributor> counters;

    ControlPlaneController(ControlPlaneService controlPlane, RequestLog requestLog, MockSettings settings,
                                  ObjectProvider<BuildProperties> build, List<InfoContributor> counters) {
        this.counters = List.copyOf(counters);
        this.controlPlane = controlPlane;
        this.requestLog = requestLog;
        this.settings = settings;
        this.build = build;
    }

    @PostMapping("/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void reset(@RequestParam(required = false) String account) {
        controlPlane.reset(Optional.ofNullable(account));
    }

    @GetMapping("/state")
    public List<Map<String, Object>> state() {
        return controlPlane.state();
    }

    @GetMapping("/requests")
    public List<RequestLogEntry> requests(@RequestParam(defaultValue = "100") int limit) {
        return requestLog.newest(Math.max(limit, 0));
    }

    @DeleteMapping("/requests")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void clearRequests() {
        requestLog.reset(Optional.empty());
    }

    @GetMapping("/info")
    public MockInfo info() {
        BuildProperties buildProperties = build.getIfAvailable();
        return new MockInfo(buildProperties == null ? "unknown" : buildProperties.getVersion(),
                Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()).toSeconds(),
                "in-memory", settings.settings(), counts());
    }

    private Map<String, Object> counts() {
        Map<String, Object> counts = new TreeMap<>();
        counters.forEach(counter -> counts.put(counter.infoMember(), counter.info()));
        return counts;
    }
}
