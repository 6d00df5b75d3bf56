# Texts shared by all exports.
letter-r = Responsible (R)
letter-a = Accountable (A)
letter-c = Consulted (C)
letter-i = Informed (I)
letter-b = Backup (B)

notice-missing-forge-username = { $name } ({ $person }) is not in CODEOWNERS: give this person a user name on the code forge (forge_username).
notice-invalid-forge-username = { $name } ({ $person }) is not in CODEOWNERS: the user name "{ $username }" cannot exist on a code forge. Use only letters, digits, - _ and . (forge_username).
notice-no-code-owners = CODEOWNERS is empty: nobody Responsible for repository administration or technical maintenance has a user name on the code forge.
notice-contract-ended = The contract with { $party } ended on { $date }. Update the end date (contract_until), or publiccode.yml is wrong.
notice-contract-far-ahead = The contract with { $party } runs until { $date }: more than two years ahead. The publiccode.yml standard asks for a date within two years; renew it when the contract is extended.
notice-contract-without-end = { $party } has no contract end date (contract_until). publiccode.yml needs one for every contractor.
notice-no-maintenance-contact = There is nobody to name as maintenance contact. Appoint a contact person or give technical maintenance a Responsible person.
