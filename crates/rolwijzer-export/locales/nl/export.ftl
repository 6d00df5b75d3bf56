# Texts shared by all exports.
letter-r = Uitvoerend (R)
letter-a = Eindverantwoordelijk (A)
letter-c = Geraadpleegd (C)
letter-i = Geïnformeerd (I)
letter-b = Back-up (B)

notice-missing-forge-username = { $name } ({ $person }) staat niet in CODEOWNERS: vul bij deze persoon een gebruikersnaam op het codeplatform in (forge_username).
notice-invalid-forge-username = { $name } ({ $person }) staat niet in CODEOWNERS: de gebruikersnaam "{ $username }" kan niet op een codeplatform bestaan. Gebruik alleen letters, cijfers, - _ en . (forge_username).
notice-no-code-owners = CODEOWNERS is leeg: niemand die uitvoert bij beheer van de code repository of technisch beheer heeft een gebruikersnaam op het codeplatform.
notice-contract-ended = Het contract met { $party } liep af op { $date }. Werk de einddatum bij (contract_until), anders klopt publiccode.yml niet.
notice-contract-far-ahead = Het contract met { $party } loopt tot { $date }: meer dan twee jaar vooruit. De standaard van publiccode.yml vraagt een datum binnen twee jaar; vernieuw hem als het contract verlengd wordt.
notice-contract-without-end = { $party } heeft geen einddatum van het contract (contract_until). publiccode.yml vraagt die voor iedere leverancier.
notice-no-maintenance-contact = Er is niemand om als contactpersoon voor het onderhoud te noemen. Wijs een contactpersoon aan of geef technisch beheer een uitvoerende persoon.
