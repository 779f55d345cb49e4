-- wrk script: every request creates the same name, so all but the first get AlreadyExistsException (400).
-- Measures the error path, and that connections stay open across 400s.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"ConfigurationSetName":"bench-duplicate"}'
wrk.path = "/v1/email/configuration-sets"
