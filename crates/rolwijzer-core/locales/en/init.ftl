# Names for a new role division (`rolwijzer init`), to be filled in by the user.
init-collaboration = Our collaboration
init-municipality = Municipality { $letter }
init-external = External party
init-contact = Contact person { $party }
init-title = Coordinator
init-developer = Developer { $party }
init-all-parties = All participants
