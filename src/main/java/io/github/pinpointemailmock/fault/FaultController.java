package io.github.pinpointemailmock.fault;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Control plane for fault injection: make the next calls of an operation fail with a modelled error. */
@RestController
@RequestMapping("/_mock/faults")
class FaultController {

    private final FaultService faults;

    FaultController(FaultService faults) {
        this.faults = faults;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public FaultRuleView add(@RequestBody(required = false) FaultRuleRequest request) {
        return faults.add(request);
    }

    @GetMapping
    public List<FaultRuleView> list() {
        return faults.list();
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void clear() {
        faults.clear();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void remove(@PathVariable String id) {
        if (!faults.remove(id)) {
            throw new AwsException(AwsErrorType.NOT_FOUND, "Fault rule " + id + " does not exist.");
        }
    }
}
