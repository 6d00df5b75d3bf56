# Names for a new role division (`rolwijzer init`), to be filled in by the user.
init-collaboration = Our collaboration
init-municipality = Municipality { $letter }
init-external = External party
init-contact = Contact person { $party }
init-title = Coordinator
init-developer = Developer { $party }
init-all-parties = All participants
# The guide's four kinds of activity, for a first budget.
init-activity-development = New features (development)
init-activity-coordination = Coordination
init-activity-meetings = User meetings
init-activity-infrastructure = Infrastructure and tools
