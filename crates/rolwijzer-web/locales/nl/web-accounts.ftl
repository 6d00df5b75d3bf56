# Uitnodigingen (pagina Toegang en de uitnodigingslink) en het uitschakelen van accounts.

invite-title = Iemand uitnodigen
invite-intro = Vul het e-mailadres in van de persoon die je wilt uitnodigen, en kies een rol. Je krijgt een link. Stuur die link zelf naar de persoon, bijvoorbeeld per e-mail of chat. Met de link maakt de persoon een account, of logt in met een bestaand account, en krijgt dan toegang.
invite-email = E-mailadres
invite-email-hint = Bijvoorbeeld carla.smit@deventer.nl. rolwijzer stuurt nog geen e-mail: het adres laat alleen zien voor wie de link is.
invite-submit = Link maken
invite-error-email-empty = Vul het e-mailadres in.
invite-error-email = Dit e-mailadres klopt niet. Controleer het, bijvoorbeeld: carla.smit@deventer.nl
invite-made = Uitnodiging gemaakt voor
invite-made-intro = Stuur deze link naar de persoon. Je ziet de link maar één keer. Wie de link heeft, kan hem gebruiken: stuur hem alleen naar deze persoon.
invite-link-label = Uitnodigingslink
invite-copy = Link kopiëren
invite-copied = De link is gekopieerd.
invite-valid = De link werkt { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }.
invite-once = De link werkt maar één keer.
invite-pending-title = Uitnodigingen die nog open staan
invite-pending-none = Er staan geen uitnodigingen open.
invite-pending-caption = Uitnodigingen die nog niet gebruikt zijn
invite-col-email = E-mailadres
invite-col-by = Uitgenodigd door
invite-col-until = Werkt tot
invite-revoke = Intrekken
invite-pending-hint = Een ingetrokken link werkt meteen niet meer. Wil je de link opnieuw sturen? Trek hem in en maak een nieuwe.

invite-page-title = Uitnodiging
invite-page-intro = { $by } nodigt je uit voor de samenwerking { $collaboration }. Je rol wordt: { $role }.
invite-someone = Iemand
invite-signed-in-as = Je bent ingelogd als
invite-accept = Uitnodiging aannemen
invite-other-account = Wil je een ander account gebruiken? Log dan eerst uit en open deze link opnieuw.
invite-new-title = Maak je account
invite-display-name = Je naam
invite-display-name-hint = De naam die anderen zien, bijvoorbeeld Carla Smit.
invite-username = Gebruikersnaam
invite-create-submit = Account maken en verder
invite-have-account = Heb je al een account? Log dan eerst in en open deze link daarna opnieuw.
invite-error-summary = Niet alles is goed ingevuld. Kijk bij de velden hieronder.
invite-error-name-empty = Vul je naam in.
invite-error-taken = Deze gebruikersnaam is al in gebruik. Kies een andere.
invite-unknown = Deze uitnodigingslink bestaat niet. Controleer of je de hele link hebt gekopieerd.
invite-expired = Deze uitnodiging is verlopen. Een uitnodiging werkt 7 dagen.
invite-revoked = Deze uitnodiging is ingetrokken en werkt niet meer.
invite-used = Deze uitnodiging is al gebruikt. Een uitnodiging werkt maar één keer.
invite-dead-what-now = Vraag de persoon die je uitnodigde om een nieuwe link. Heb je de uitnodiging zelf al aangenomen? Log dan in.

admin-col-status = Status
admin-status-active = actief
admin-status-disabled = uitgeschakeld
admin-disable = Uitschakelen
admin-enable = Weer inschakelen
admin-disable-hint = Een uitgeschakeld account wordt meteen overal uitgelogd. De API-sleutels werken niet meer en inloggen kan niet. Weer inschakelen geeft de oude API-sleutels niet terug.
admin-disabled = Account { $username } is uitgeschakeld. Het is overal uitgelogd en de API-sleutels werken niet meer.
admin-enabled = Account { $username } is weer ingeschakeld. Inloggen met het wachtwoord kan weer.
admin-error-disable-self = Je kunt je eigen account niet uitschakelen. Vraag een andere beheerder, of gebruik: rolwijzer user disable

password-title = Wachtwoord wijzigen
password-intro = Kies een nieuw wachtwoord. Op andere apparaten word je dan uitgelogd, en je API-sleutels werken niet meer. Hier blijf je ingelogd.
password-current = Huidig wachtwoord
password-new-hint = Minstens { $min } tekens. Een zin van een paar woorden is goed te onthouden en moeilijk te raden.
password-error-current = Het huidige wachtwoord klopt niet.
password-changed = Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd en je API-sleutels werken niet meer.
password-to-tokens = Naar je API-sleutels
password-link = Wachtwoord wijzigen
