# Wijzigingen tussen twee versies, in gewone zinnen.
diff-setting = { $setting } gewijzigd van { $old } naar { $new }.
diff-added = { $kind } { $name } toegevoegd.
diff-removed = { $kind } { $name } verwijderd.
diff-edited = { $kind } { $name }: gegevens gewijzigd.
diff-task-added = Taak { $task } toegevoegd.
diff-task-removed = Taak { $task } verwijderd.
diff-holds = { $who } is nu { $letter } voor { $task }.
diff-no-longer-holds = { $who } is niet meer { $letter } voor { $task }.
diff-task-details = Uren, werkwijze of kanaal van { $task } gewijzigd.
diff-rotation = Het rooster is gewijzigd.
diff-budget = De begroting is gewijzigd.
diff-evaluation = Evaluatie van { $date } vastgelegd.
diff-evaluation-went-well = Wat ging goed: { $text }
diff-evaluation-to-change = Wat moet anders: { $text }
diff-evaluation-decisions = Besluiten: { $text }
diff-nothing = Geen wijzigingen.
diff-and-more = { $first } En { $more ->
        [one] nog 1 wijziging.
       *[other] nog { $more } wijzigingen.
    }
diff-kind-party = Partij
diff-kind-person = Persoon
diff-kind-group = Groep
setting-name = Naam
setting-description = Omschrijving
setting-website = Website
setting-how_to_join = Hoe je meedoet
setting-ambition = Ambitieniveau
setting-arrangement = Manier van verdelen
setting-coordinator = Penvoerder
setting-coordinator_compensated = Vergoeding penvoerder
setting-contribution = Communitybijdrage
setting-separate_administration = Aparte administratie
setting-fixed_costs_per_month = Vaste kosten per maand
setting-reserve = Reserve
setting-last_evaluation = Laatste evaluatie
setting-evaluation_interval_months = Evalueren elke zoveel maanden
