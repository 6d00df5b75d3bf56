# Changes between two versions, in plain sentences.
diff-setting = { $setting } changed from { $old } to { $new }.
diff-added = { $kind } { $name } added.
diff-removed = { $kind } { $name } removed.
diff-edited = { $kind } { $name }: details changed.
diff-task-added = Task { $task } added.
diff-task-removed = Task { $task } removed.
diff-holds = { $who } is now { $letter } for { $task }.
diff-no-longer-holds = { $who } is no longer { $letter } for { $task }.
diff-task-details = Hours, process or channel of { $task } changed.
diff-rotation = The rotation changed.
diff-budget = The budget changed.
diff-evaluation = Evaluation of { $date } recorded.
diff-evaluation-went-well = What went well: { $text }
diff-evaluation-to-change = What should change: { $text }
diff-evaluation-decisions = Decisions: { $text }
diff-nothing = No changes.
diff-and-more = { $first } And { $more ->
        [one] 1 more change.
       *[other] { $more } more changes.
    }
diff-kind-party = Party
diff-kind-person = Person
diff-kind-group = Group
setting-name = Name
setting-description = Description
setting-website = Website
setting-how_to_join = How to join
setting-ambition = Ambition level
setting-arrangement = Way of dividing
setting-coordinator = Lead partner
setting-coordinator_compensated = Lead partner compensated
setting-contribution = Community contribution
setting-separate_administration = Separate administration
setting-fixed_costs_per_month = Fixed costs per month
setting-reserve = Reserve
setting-last_evaluation = Last evaluation
setting-evaluation_interval_months = Evaluate every so many months
