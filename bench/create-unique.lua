-- wrk script: every request creates a configuration set with a name no other request used,
-- so the benchmark measures successful creates, not AlreadyExists answers.
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

-- The first script argument (after --) prefixes every name, so separate runs never collide.
function init(args)
  prefix = args[1] or "bench"
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local body = string.format('{"ConfigurationSetName":"%s-%d-%d","Tags":[{"Key":"k","Value":"v"}]}',
    prefix, id, counter)
  return wrk.format(nil, "/v1/email/configuration-sets", nil, body)
end
