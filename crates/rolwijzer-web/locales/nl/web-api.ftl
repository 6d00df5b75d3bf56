# web-api (nl): de pagina API-sleutels en de teksten van de JSON-API.

## Menu
nav-account = Je account

## Pagina API-sleutels
tokens-title = API-sleutels
tokens-intro = Met een API-sleutel kan een programma of script namens jou rolverdelingen lezen en wijzigen. Het programma mag dan precies wat jij mag. Maak voor elk programma een eigen sleutel. Dan kun je één sleutel intrekken, en blijven de andere werken.
tokens-api-description = Wat je met de API kunt doen, staat in de beschrijving van de API (OpenAPI):
tokens-new-title = Je nieuwe sleutel
tokens-new-intro = Kopieer de sleutel nu en bewaar hem op een veilige plek, bijvoorbeeld in een wachtwoordkluis. Je ziet hem maar één keer. rolwijzer bewaart de sleutel zelf niet en kan hem dus niet nog een keer laten zien.
tokens-new-label = Sleutel „{ $name }”
tokens-copy-hint = Klik in het veld, kies alles (Ctrl+A, op een Mac Cmd+A) en kopieer (Ctrl+C, op een Mac Cmd+C).
tokens-how-title = Zo gebruik je de sleutel
tokens-how-intro = Stuur de sleutel mee in de kop Authorization van elk verzoek aan de API:
tokens-how-example = Een voorbeeld met curl, dat al je samenwerkingen opvraagt:
tokens-create-title = Nieuwe sleutel maken
tokens-name = Naam van de sleutel
tokens-name-hint = Waar is de sleutel voor? Bijvoorbeeld: script voor de jaarplanning. Hoogstens { $max } tekens.
tokens-create-submit = Sleutel maken
tokens-list-title = Jouw sleutels
tokens-none = Je hebt nog geen API-sleutels.
tokens-caption = Jouw API-sleutels, de nieuwste bovenaan
tokens-col-name = Naam
tokens-col-created = Gemaakt
tokens-col-last-used = Laatst gebruikt
tokens-col-status = Status
tokens-col-actions = Intrekken
tokens-never-used = nog nooit
tokens-status-active = werkt
tokens-status-revoked = ingetrokken op { $when }
tokens-revoke = Intrekken
tokens-revoke-hint = Een ingetrokken sleutel werkt meteen niet meer. Dat kun je niet terugdraaien. Heb je de sleutel toch weer nodig? Maak dan een nieuwe.
tokens-revoked = De sleutel „{ $name }” is ingetrokken. Programma's die deze sleutel gebruiken, kunnen niet meer bij rolwijzer.
tokens-error-name-empty = Geef de sleutel een naam. Dan weet je later waar hij voor is.
tokens-error-name-too-long = De naam is te lang. Gebruik hoogstens { $max } tekens.
tokens-error-too-many = Je hebt al { $max } sleutels die werken. Trek eerst een sleutel in die je niet meer gebruikt.
tokens-limit = Je kunt hoogstens { $max } sleutels tegelijk hebben die werken.

## JSON-API
api-revision-summary = Via de API:
api-created-summary = Aangemaakt via de API
api-title-400 = Verkeerd verzoek
api-title-401 = Niet aangemeld
api-title-403 = Niet toegestaan
api-title-404 = Niet gevonden
api-title-405 = Methode niet toegestaan
api-title-409 = Al in gebruik
api-title-412 = Versie is niet meer de nieuwste
api-title-413 = Te groot
api-title-415 = Formaat niet ondersteund
api-title-422 = Document klopt niet
api-title-428 = Versie ontbreekt
api-title-429 = Te veel verzoeken
api-title-500 = Fout op de server
api-title-invalid-slug = Naam voor het adres klopt niet
api-detail-token-required = Hiervoor heb je een API-sleutel nodig. Stuur hem mee in de kop Authorization: Bearer rwt_… Een sleutel maak je in rolwijzer op de pagina API-sleutels.
api-detail-token-invalid = Deze API-sleutel werkt niet. Misschien is hij ingetrokken, of niet helemaal gekopieerd. Maak een nieuwe sleutel op de pagina API-sleutels.
api-detail-forbidden = Je mag deze samenwerking bekijken, maar niet wijzigen. Vraag de eigenaar om de rol bewerker.
api-detail-not-found = Deze samenwerking bestaat niet, of je hebt er geen toegang toe.
api-detail-unknown-format = Dit exportformaat bestaat niet. Kies uit: { $formats }.
api-detail-no-such-path = Dit adres bestaat niet in de API. Alle adressen staan in /api/openapi.json.
api-detail-method-not-allowed = Deze methode kan niet op dit adres. Alle adressen en methoden staan in /api/openapi.json.
api-detail-precondition-required = Stuur mee op welke versie je wijziging is gebaseerd: zet de ETag die je bij het ophalen kreeg in de kop If-Match, met aanhalingstekens, bijvoorbeeld If-Match: "7". Zo overschrijf je nooit per ongeluk de wijziging van iemand anders.
api-detail-stale-revision = Iemand anders heeft intussen een nieuwe versie opgeslagen, of de versie in If-Match klopt niet. De nieuwste versie is { $head } (ETag "{ $head }"). Er is niets opgeslagen. Haal de nieuwste versie op, breng je wijziging daarin aan en stuur hem opnieuw.
api-detail-unsupported-media-type = Stuur het document als JSON (Content-Type: application/json) of als YAML (Content-Type: application/yaml).
api-detail-too-large = Het document is te groot. Een rolverdeling mag hoogstens { $megabytes } MB zijn.
api-detail-bad-parameter = De parameter { $name } heeft een waarde die niet kan. Kies uit: { $allowed }.
api-detail-busy = Er wordt nu veel tegelijk gerekend. Probeer het over een halve minuut opnieuw.
api-detail-too-many = Te veel verzoeken. Wacht even en probeer het dan opnieuw.
api-detail-internal = Er ging iets mis aan onze kant. Probeer het later opnieuw. Blijft het misgaan? Geef dan de code { $code } door aan de beheerder.
api-detail-invalid-slug = „{ $slug }” kan niet als naam in het adres. Gebruik alleen kleine letters (a-z), cijfers en losse streepjes ertussen, hoogstens 60 tekens, bijvoorbeeld ?slug=open-loket. Laat slug weg, dan maakt rolwijzer een naam uit de naam van de samenwerking.
api-detail-slug-taken = Na een paar pogingen is geen vrije naam gevonden die begint met „{ $slug }”. Probeer het opnieuw. Er is niets aangemaakt.
api-title-503 = De server is druk
