# web-api (en): the API tokens page and the texts of the JSON API.

## Menu
nav-account = Your account

## API tokens page
tokens-title = API tokens
tokens-intro = With an API token, a program or script can read and change role divisions on your behalf. The program may then do exactly what you may do. Make a separate token for each program. Then you can revoke one token and the others keep working.
tokens-api-description = What you can do with the API is described in the API description (OpenAPI):
tokens-new-title = Your new token
tokens-new-intro = Copy the token now and keep it somewhere safe, for example in a password manager. You see it only once. rolwijzer does not keep the token itself, so it cannot show it again.
tokens-new-label = Token “{ $name }”
tokens-copy-hint = Click in the field, select all (Ctrl+A, on a Mac Cmd+A) and copy (Ctrl+C, on a Mac Cmd+C).
tokens-how-title = How to use the token
tokens-how-intro = Send the token in the Authorization header of every request to the API:
tokens-how-example = An example with curl that lists all your collaborations:
tokens-create-title = Make a new token
tokens-name = Name of the token
tokens-name-hint = What is the token for? For example: script for the yearly planning. At most { $max } characters.
tokens-create-submit = Make token
tokens-list-title = Your tokens
tokens-none = You have no API tokens yet.
tokens-caption = Your API tokens, newest first
tokens-col-name = Name
tokens-col-created = Made
tokens-col-last-used = Last used
tokens-col-status = Status
tokens-col-actions = Revoke
tokens-never-used = never
tokens-status-active = works
tokens-status-revoked = revoked on { $when }
tokens-revoke = Revoke
tokens-revoke-hint = A revoked token stops working at once. This cannot be undone. Need the token again after all? Then make a new one.
tokens-revoked = The token “{ $name }” is revoked. Programs that use this token can no longer reach rolwijzer.
tokens-error-name-empty = Give the token a name, so you know later what it is for.
tokens-error-name-too-long = The name is too long. Use at most { $max } characters.
tokens-error-too-many = You already have { $max } tokens that work. First revoke a token you no longer use.
tokens-limit = You can have at most { $max } working tokens at a time.

## JSON API
api-revision-summary = Through the API:
api-created-summary = Created through the API
api-title-400 = Bad request
api-title-401 = Not signed in
api-title-403 = Not allowed
api-title-404 = Not found
api-title-405 = Method not allowed
api-title-409 = Already in use
api-title-412 = Revision is no longer the newest
api-title-413 = Too large
api-title-415 = Unsupported media type
api-title-422 = Document is not valid
api-title-428 = Revision missing
api-title-429 = Too many requests
api-title-500 = Server error
api-title-invalid-slug = Slug is not valid
api-detail-token-required = This needs an API token. Send it in the header Authorization: Bearer rwt_… You make a token in rolwijzer on the API tokens page.
api-detail-token-invalid = This API token does not work. Perhaps it was revoked, or not copied completely. Make a new token on the API tokens page.
api-detail-forbidden = You may view this collaboration but not change it. Ask the owner for the editor role.
api-detail-not-found = This collaboration does not exist, or you have no access to it.
api-detail-unknown-format = This export format does not exist. Choose from: { $formats }.
api-detail-no-such-path = This address does not exist in the API. All addresses are in /api/openapi.json.
api-detail-method-not-allowed = This method is not possible at this address. All addresses and methods are in /api/openapi.json.
api-detail-precondition-required = Say which revision your change is based on: put the ETag you got when fetching in the If-Match header, with quotes, for example If-Match: "7". That way you never overwrite someone else's change by accident.
api-detail-stale-revision = Someone else has saved a new revision in the meantime, or the revision in If-Match is not right. The newest revision is { $head } (ETag "{ $head }"). Nothing was saved. Fetch the newest revision, make your change in it and send it again.
api-detail-unsupported-media-type = Send the document as JSON (Content-Type: application/json) or as YAML (Content-Type: application/yaml).
api-detail-too-large = The document is too large. A role division may be at most { $megabytes } MB.
api-detail-bad-parameter = The parameter { $name } has a value that is not possible. Choose from: { $allowed }.
api-detail-busy = A lot is being computed at once. Try again in half a minute.
api-detail-too-many = Too many requests. Wait a moment and try again.
api-detail-internal = Something went wrong on our side. Try again later. If it keeps failing, give the code { $code } to the administrator.
api-detail-invalid-slug = “{ $slug }” cannot be used as the name in the address. Use only lowercase letters (a-z), digits and single dashes between them, at most 60 characters, for example ?slug=open-desk. Leave slug out and rolwijzer makes one from the collaboration's name.
api-detail-slug-taken = No free name starting with “{ $slug }” was found after a few tries. Try again. Nothing was created.
api-title-503 = The server is busy
