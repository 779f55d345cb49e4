package io.github.pinpointemailmock.sending;

import java.util.List;

record SendBulkEmailResponse(List<BulkEmailEntryResult> BulkEmailEntryResults) {

    /** One entry's result: {@code MessageId} when its {@code Status} is {@code SUCCESS}, else {@code Error}. */
    record BulkEmailEntryResult(String Status, String Error, String MessageId) {
    }
}
