-- wrk script: SendEmail (SES v2) with Simple content to one recipient, from a sender whose domain run.sh creates
-- as an identity after each reset, so every call is an accepted message (200 with a MessageId). A second argument
-- names the configuration set to send with.
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  prefix = args[1] or "bench"
  configuration_set = args[2] and string.format(',"ConfigurationSetName":"%s"', args[2]) or ""
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local body = string.format('{"FromEmailAddress":"sender@bench.example","Destination":{"ToAddresses":'
    .. '["to-%s-%d-%d@example.com"]},"Content":{"Simple":{"Subject":{"Data":"Benchmark %d"},'
    .. '"Body":{"Text":{"Data":"Hello from the benchmark."}}}}%s}', prefix, id, counter, counter,
    configuration_set)
  return wrk.format(nil, "/v2/email/outbound-emails", nil, body)
end
