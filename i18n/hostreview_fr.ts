<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApplyMergeCommand</name>
    <message>
        <source>Merge with %1</source>
        <translation>Fusion avec %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation>Lire le guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>hostreview::app::AutosaveRecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>hostreview ended without saving these reviews. Their autosaved state can be recovered; a recovered review opens as modified, and Save writes it back to its file.</source>
        <translation>hostreview s’est arrêté sans enregistrer ces audits. Leur état enregistré automatiquement peut être récupéré&#xa0;; un audit récupéré s’ouvre comme modifié, et Enregistrer le réécrit dans son fichier.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Open the selected review as it was at its last autosave</source>
        <translation>Ouvrir l’audit sélectionné tel qu’il était lors de sa dernière sauvegarde automatique</translation>
    </message>
    <message>
        <source>Delete the selected autosave</source>
        <translation>Supprimer la sauvegarde automatique sélectionnée</translation>
    </message>
    <message>
        <source>Keep every autosave and ask again at the next start</source>
        <translation>Conserver toutes les sauvegardes automatiques et redemander au prochain démarrage</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
</context>
<context>
    <name>hostreview::app::ImportController</name>
    <message>
        <source>Choose measurement files</source>
        <translation>Choisir les fichiers de mesures</translation>
    </message>
    <message>
        <source>Logs and exports (*.log *.json *.csv *.txt);;All files (*)</source>
        <translation>Journaux et exports (*.log *.json *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import measurements from %1</source>
        <translation>Import des mesures de %1</translation>
    </message>
    <message>
        <source>The rules saved in the project cannot be used, so the defaults for Odoo are shown; OK replaces the saved rules. %1</source>
        <translation>Les règles enregistrées dans le projet sont inutilisables&#xa0;: les valeurs par défaut pour Odoo sont donc affichées&#xa0;; OK remplace les règles enregistrées. %1</translation>
    </message>
    <message>
        <source>the most frequent paths this import left unclassified</source>
        <translation>les chemins les plus fréquents que cet import n’a pas classés</translation>
    </message>
    <message>
        <source>Edit classification rules</source>
        <translation>Modification des règles de classification</translation>
    </message>
    <message>
        <source>The classification rules changed: import the files again to count the requests with them.</source>
        <translation>Les règles de classification ont changé&#xa0;: importez de nouveau les fichiers pour compter les requêtes avec ces règles.</translation>
    </message>
</context>
<context>
    <name>hostreview::app::LockController</name>
    <message>
        <source>Review in use</source>
        <translation>Audit en cours d’utilisation</translation>
    </message>
    <message>
        <source>%1 is open in another hostreview. Open it read-only, or open a copy to work on and merge later (File ▸ Merge with…).</source>
        <translation>%1 est ouvert dans une autre instance de hostreview. Ouvrez-le en lecture seule, ou ouvrez une copie pour y travailler et fusionnez plus tard (Fichier ▸ Fusionner avec…).</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>Ouvrir une &amp;copie</translation>
    </message>
</context>
<context>
    <name>hostreview::app::MainWindow</name>
    <message>
        <source>Untitled review</source>
        <translation>Audit sans titre</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>Ready — drag a station kind from the palette onto the canvas, or open a sample (File ▸ New from sample).</source>
        <translation>Prêt — faites glisser un type de station de la palette vers le canevas, ou ouvrez un exemple (Fichier ▸ Nouveau à partir d’un exemple).</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty review</source>
        <translation>Commencer un audit vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a review (.hostreview or .json)</source>
        <translation>Ouvrir un audit (.hostreview ou .json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Enregistrer l’audit</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the review under a new name</source>
        <translation>Enregistrer l’audit sous un nouveau nom</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Exporter le diagramme en &amp;PNG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Write the topology as a PNG image</source>
        <translation>Enregistrer la topologie dans une image PNG</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Exporter le diagramme en S&amp;VG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Write the topology as an SVG drawing</source>
        <translation>Enregistrer la topologie dans un dessin SVG</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Write the executive recommendation report as a PDF</source>
        <translation>Produire en PDF le rapport de recommandations destiné à la direction</translation>
    </message>
    <message>
        <source>Export &amp;Findings as CSV…</source>
        <translation>Exporter les cons&amp;tats en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Write the findings for spreadsheets and issue trackers</source>
        <translation>Exporter les constats vers un tableur ou un outil de suivi des tickets</translation>
    </message>
    <message>
        <source>&amp;Import Measurements…</source>
        <translation>&amp;Importer des mesures…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Derive measured load profiles and demands from Traefik, Odoo, PostgreSQL or CSV logs</source>
        <translation>Déduire les profils de charge et les demandes mesurés des journaux Traefik, Odoo, PostgreSQL ou CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the workbench</source>
        <translation>Fermer l’atelier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Cut the selected stations</source>
        <translation>Couper les stations sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected stations and the links among them</source>
        <translation>Copier les stations sélectionnées et les liaisons entre elles</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste copied stations</source>
        <translation>Coller les stations copiées</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected stations and links</source>
        <translation>Supprimer les stations et les liaisons sélectionnées</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every station</source>
        <translation>Sélectionner toutes les stations</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster la vue</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Afficher tout le diagramme</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoom à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Automatic &amp;Layout</source>
        <translation>Réorga&amp;niser</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Arrange the stations by their links</source>
        <translation>Disposer les stations selon leurs liaisons</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Aimanter à la &amp;grille</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Snap stations to the grid while moving</source>
        <translation>Aligner les stations sur la grille pendant le déplacement</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Afficher la &amp;légende</translation>
    </message>
    <message>
        <source>Show the utilisation colour legend</source>
        <translation>Afficher la légende des couleurs d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Replay the Day</source>
        <translation>Re&amp;jouer la journée</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Step through the day&apos;s buckets on the canvas</source>
        <translation>Parcourir les tranches de la journée sur le canevas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Reviewer name, knee, units</source>
        <translation>Nom de l’auditeur, coude, unités</translation>
    </message>
    <message>
        <source>&amp;About hostreview</source>
        <translation>À &amp;propos de hostreview</translation>
    </message>
    <message>
        <source>Versions and credits</source>
        <translation>Versions et crédits</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New from Sa&amp;mple</source>
        <translation>Nouveau à partir d’un e&amp;xemple</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier ré&amp;cent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source> Scenario: </source>
        <translation> Scénario&#xa0;: </translation>
    </message>
    <message>
        <source>The what-if scenario the canvas shows</source>
        <translation>Le scénario de simulation affiché sur le canevas</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure du jour</translation>
    </message>
    <message>
        <source>Apply the daily profiles at the chosen time (off: the profile-free load)</source>
        <translation>Appliquer les profils journaliers à l’heure choisie (désactivé&#xa0;: charge sans profil)</translation>
    </message>
    <message>
        <source>Bucket of the day (drag to replay the day on the canvas)</source>
        <translation>Tranche de la journée (faites glisser pour rejouer la journée sur le canevas)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Start a new review from the sample %1</source>
        <translation>Commencer un nouvel audit à partir de l’exemple %1</translation>
    </message>
    <message>
        <source>%1[*] — hostreview</source>
        <translation>%1[*] — hostreview</translation>
    </message>
    <message>
        <source>Cannot open review</source>
        <translation>Impossible d’ouvrir l’audit</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n station(s)</source>
        <translation>
            <numerusform>%1 ouvert&#xa0;: %n station</numerusform>
            <numerusform>%1 ouvert&#xa0;: %n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read sample</source>
        <translation>Impossible de lire l’exemple</translation>
    </message>
    <message>
        <source>New review from the sample %1</source>
        <translation>Nouvel audit à partir de l’exemple %1</translation>
    </message>
    <message>
        <source>Cannot save review</source>
        <translation>Impossible d’enregistrer l’audit</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>Impossible d’écrire %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>review</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Enregistrer l’audit sous</translation>
    </message>
    <message>
        <source>hostreview project (*.hostreview);;Interchange JSON (*.json)</source>
        <translation>Projet hostreview (*.hostreview);;JSON d’échange (*.json)</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Ouvrir un audit</translation>
    </message>
    <message>
        <source>Reviews (*.hostreview *.json);;All files (*)</source>
        <translation>Audits (*.hostreview *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Exporter le diagramme en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exporter le diagramme en SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Topology exported by hostreview</source>
        <translation>Topologie exportée par hostreview</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n station(s)</source>
        <translation>
            <numerusform>%n station copiée</numerusform>
            <numerusform>%n stations copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>%n objet sélectionné</numerusform>
            <numerusform>%n objets sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source> (target)</source>
        <translation> (cible)</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>no stations or no workload classes yet</source>
        <translation>pas encore de station ou de classe de charge</translation>
    </message>
    <message>
        <source>Not solved: %1</source>
        <translation>Non résolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Solved in %1 ms</source>
        <translation>Résolu en %1 ms</translation>
    </message>
    <message>
        <source> · bottleneck %1 at %2%</source>
        <translation> · goulot d’étranglement %1 à %2&#xa0;%</translation>
    </message>
    <message>
        <source> · headroom ×%1</source>
        <translation> · marge ×%1</translation>
    </message>
    <message>
        <source> · approximate</source>
        <translation> · approximatif</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <source>The findings cannot be computed: %1</source>
        <translation>Impossible de calculer les constats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export findings as CSV</source>
        <translation>Exporter les constats en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n finding(s) to %1</source>
        <translation>
            <numerusform>%n constat écrit dans %1</numerusform>
            <numerusform>%n constats écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence to %1</source>
        <translation>Joindre une preuve à %1</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; attach a smaller extract or a reference instead.</source>
        <translation>%1 dépasse 64 Mio&#xa0;; joignez plutôt un extrait plus petit ou une référence.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attached %1 to %2</source>
        <translation>%1 joint à %2</translation>
    </message>
    <message>
        <source>About hostreview</source>
        <translation>À propos de hostreview</translation>
    </message>
    <message>
        <source>&lt;h3&gt;hostreview %1&lt;/h3&gt;&lt;p&gt;Odoo Hosting Review Workbench: a queueing model of the service topology, checklists and a PDF report for consultants reviewing Odoo hosting stacks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), Boost %4 (Boost.Graph) and spdlog %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hostreview %1&lt;/h3&gt;&lt;p&gt;Atelier d’audit d’hébergement Odoo&#xa0;: un modèle en files d’attente de la topologie des services, des listes de contrôle et un rapport PDF, pour les consultants qui auditent des plateformes d’hébergement Odoo.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (exécuté sur %3), Boost %4 (Boost.Graph) et spdlog %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Classification &amp;Rules…</source>
        <translation>Règles de c&amp;lassification…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>List the differences between this review and another file</source>
        <translation>Lister les différences entre cet audit et un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>Merge another copy of this review into it; pick a side for each conflict</source>
        <translation>Fusionner une autre copie de cet audit dans celui-ci&#xa0;; choisir une version pour chaque conflit</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — hostreview</source>
        <translation>%1[*] (lecture seule) — hostreview</translation>
    </message>
    <message>
        <source>Not opened: %1 is in use</source>
        <translation>Non ouvert&#xa0;: %1 est en cours d’utilisation</translation>
    </message>
    <message>
        <source>Opened a copy of %1: Save As keeps it</source>
        <translation>Copie de %1 ouverte&#xa0;: Enregistrer sous la conserve</translation>
    </message>
    <message>
        <source>Review in use</source>
        <translation>Audit en cours d’utilisation</translation>
    </message>
    <message>
        <source>%1. Saving now replaces the file under them, and their next save would replace yours. Save anyway?</source>
        <translation>%1. Enregistrer maintenant remplace le fichier ouvert par l’autre personne, et son prochain enregistrement remplacerait le vôtre. Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Someone else has this file open: use Save As</source>
        <translation>Quelqu’un d’autre a ouvert ce fichier&#xa0;: utilisez Enregistrer sous</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Add &amp;Comment on %1…</source>
        <translation>Ajouter un &amp;commentaire sur %1…</translation>
    </message>
    <message>
        <source>%1 is not in the review any more</source>
        <translation>%1 ne fait plus partie de l’audit</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Recovered %1 as autosaved %2</source>
        <translation>%1 récupéré tel qu’enregistré automatiquement le %2</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>Fusionner avec</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>The two reviews share no saved revision to merge from (%1). Choose the file both copies started from?</source>
        <translation>Les deux audits n’ont aucune révision enregistrée en commun à partir de laquelle fusionner (%1). Choisir le fichier dont les deux copies sont issues&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the common base</source>
        <translation>Choisir la base commune</translation>
    </message>
    <message>
        <source>the revision saved by %1 on %2</source>
        <translation>la révision enregistrée par %1 le %2</translation>
    </message>
    <message>
        <source>The reviews cannot be merged: %1</source>
        <translation>Impossible de fusionner les audits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has no changes this review lacks</source>
        <translation>Rien à fusionner&#xa0;: %1 ne contient aucune modification absente de cet audit</translation>
    </message>
    <message>
        <source>Merged %1 (Undo takes it back)</source>
        <translation>%1 fusionné (Annuler revient en arrière)</translation>
    </message>
</context>
<context>
    <name>hostreview::app::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Language of the report&apos;s titles, boilerplate and generated text.</source>
        <translation>Langue des titres, des textes types et du texte généré du rapport.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Report template from templates/report: sections, branding and boilerplate.</source>
        <translation>Modèle de rapport issu de templates/report&#xa0;: sections, charte graphique et textes types.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>%1 % (from Settings)</source>
        <translation>%1&#xa0;% (selon les paramètres)</translation>
    </message>
    <message>
        <source>Utilisation from which a station counts as at risk; change it in Settings.</source>
        <translation>Utilisation à partir de laquelle une station est considérée comme à risque&#xa0;; se règle dans les paramètres.</translation>
    </message>
    <message>
        <source>Utilisation knee:</source>
        <translation>Coude d’utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation>Le fichier PDF à écrire&#xa0;; un fichier existant est remplacé.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Fichier de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the first pages</source>
        <translation>Aperçu des premières pages</translation>
    </message>
    <message>
        <source>Choose the options and press Export.</source>
        <translation>Choisissez les options puis cliquez sur Exporter.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in total.</source>
        <translation>
            <numerusform>%n page au total.</numerusform>
            <numerusform>%n pages au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the PDF file to write first.</source>
        <translation>Choisissez d’abord le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>Impossible d’écrire le rapport dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rapport écrit dans %1 (%n page).</numerusform>
            <numerusform>Rapport écrit dans %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Written into checklist answers and the report as the reviewer.</source>
        <translation>Inscrit comme auditeur dans les réponses de la liste de contrôle et dans le rapport.</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>Nom de l’auditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Utilisation from which a station counts as at risk (amber on the canvas).</source>
        <translation>Utilisation à partir de laquelle une station est considérée comme à risque (orange sur le canevas).</translation>
    </message>
    <message>
        <source>Utilisation knee:</source>
        <translation>Coude d’utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Afficher les durées en&#xa0;:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Language of menus, dialogs and number formats. Reports choose their own language.</source>
        <translation>Langue des menus, des boîtes de dialogue et des formats de nombres. Les rapports choisissent leur propre langue.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when hostreview is started again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de hostreview.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Unsaved work is kept in the recovery folder this often, and offered again after a crash.</source>
        <translation>Fréquence à laquelle le travail non enregistré est conservé dans le dossier de récupération, pour être proposé de nouveau après un plantage.</translation>
    </message>
    <message>
        <source>Autosave every:</source>
        <translation>Sauvegarde automatique toutes les&#xa0;:</translation>
    </message>
</context>
<context>
    <name>hostreview::core::StationKinds</name>
    <message>
        <source>Ingress</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Traefik ingress</source>
        <translation>Entrée Traefik</translation>
    </message>
    <message>
        <source>Reverse proxy and TLS termination in front of the Odoo services.</source>
        <translation>Proxy inverse et terminaison TLS devant les services Odoo.</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>Cœurs CPU</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>cœurs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Upstream timeout</source>
        <translation>Délai d’expiration amont</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Odoo HTTP workers</source>
        <translation>Workers HTTP Odoo</translation>
    </message>
    <message>
        <source>Odoo multiprocessing HTTP workers; the station&apos;s servers are the workers.</source>
        <translation>Workers HTTP Odoo en mode multiprocessus&#xa0;; les serveurs de la station sont les workers.</translation>
    </message>
    <message>
        <source>db_maxconn</source>
        <translation>db_maxconn</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>connexions</translation>
    </message>
    <message>
        <source>limit_memory_soft</source>
        <translation>limit_memory_soft</translation>
    </message>
    <message>
        <source>limit_memory_hard</source>
        <translation>limit_memory_hard</translation>
    </message>
    <message>
        <source>limit_time_cpu</source>
        <translation>limit_time_cpu</translation>
    </message>
    <message>
        <source>limit_time_real</source>
        <translation>limit_time_real</translation>
    </message>
    <message>
        <source>limit_request</source>
        <translation>limit_request</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>max_cron_threads</source>
        <translation>max_cron_threads</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>Odoo cron workers</source>
        <translation>Workers cron Odoo</translation>
    </message>
    <message>
        <source>Scheduled-job processes, on top of the HTTP workers.</source>
        <translation>Processus des tâches planifiées, en plus des workers HTTP.</translation>
    </message>
    <message>
        <source>Odoo long-polling / websocket</source>
        <translation>Odoo long-polling / websocket</translation>
    </message>
    <message>
        <source>The gevent process that holds bus and websocket connections.</source>
        <translation>Le processus gevent qui maintient les connexions du bus et des websockets.</translation>
    </message>
    <message>
        <source>Odoo integration workers</source>
        <translation>Workers d’intégration Odoo</translation>
    </message>
    <message>
        <source>Workers reserved for EDI, marketplace and API jobs, apart from interactive users.</source>
        <translation>Workers réservés aux tâches EDI, places de marché et API, à l’écart des utilisateurs interactifs.</translation>
    </message>
    <message>
        <source>PgBouncer</source>
        <translation>PgBouncer</translation>
    </message>
    <message>
        <source>Connection pooler; single-threaded, one core per instance.</source>
        <translation>Pool de connexions&#xa0;; mono-thread, un cœur par instance.</translation>
    </message>
    <message>
        <source>pool_mode</source>
        <translation>pool_mode</translation>
    </message>
    <message>
        <source>default_pool_size</source>
        <translation>default_pool_size</translation>
    </message>
    <message>
        <source>max_client_conn</source>
        <translation>max_client_conn</translation>
    </message>
    <message>
        <source>query_wait_timeout</source>
        <translation>query_wait_timeout</translation>
    </message>
    <message>
        <source>PostgreSQL primary</source>
        <translation>PostgreSQL primaire</translation>
    </message>
    <message>
        <source>The transactional system of record; servers are its CPU cores.</source>
        <translation>Le système de référence transactionnel&#xa0;; les serveurs sont ses cœurs CPU.</translation>
    </message>
    <message>
        <source>max_connections</source>
        <translation>max_connections</translation>
    </message>
    <message>
        <source>Storage IOPS</source>
        <translation>IOPS du stockage</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>PostgreSQL replica</source>
        <translation>Réplique PostgreSQL</translation>
    </message>
    <message>
        <source>Streaming replica for reporting and read-only work.</source>
        <translation>Réplique en streaming pour le reporting et les traitements en lecture seule.</translation>
    </message>
    <message>
        <source>Storage volume</source>
        <translation>Volume de stockage</translation>
    </message>
    <message>
        <source>Block storage under the database or filestore; servers are parallel I/O lanes.</source>
        <translation>Stockage bloc sous la base de données ou le filestore&#xa0;; les serveurs sont des canaux d’E/S parallèles.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Commands run one after another on one thread: one server.</source>
        <translation>Les commandes s’exécutent l’une après l’autre sur un seul thread&#xa0;: un seul serveur.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>maxmemory</source>
        <translation>maxmemory</translation>
    </message>
    <message>
        <source>Eviction policy</source>
        <translation>Politique d’éviction</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Stockage objet</translation>
    </message>
    <message>
        <source>S3-compatible store for the filestore, attachments and backups.</source>
        <translation>Stockage compatible S3 pour le filestore, les pièces jointes et les sauvegardes.</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Système externe</translation>
    </message>
    <message>
        <source>EDI partner, marketplace, carrier or payment API: latency only.</source>
        <translation>Partenaire EDI, place de marché, transporteur ou API de paiement&#xa0;: latence uniquement.</translation>
    </message>
    <message>
        <source>System type</source>
        <translation>Type de système</translation>
    </message>
    <message>
        <source>Client group</source>
        <translation>Groupe de clients</translation>
    </message>
    <message>
        <source>Users or devices that generate load (office users, scanners, tills).</source>
        <translation>Utilisateurs ou terminaux qui génèrent la charge (utilisateurs de bureau, scanners, caisses).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>Generic station</source>
        <translation>Station générique</translation>
    </message>
    <message>
        <source>Any other service centre.</source>
        <translation>Tout autre centre de service.</translation>
    </message>
</context>
<context>
    <name>hostreview::models::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>hostreview::models::CellEditor</name>
    <message>
        <source>a number is required</source>
        <translation>un nombre est requis</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>pas un nombre&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>doit être un nombre entier, reçu %1</translation>
    </message>
</context>
<context>
    <name>hostreview::models::Checklist</name>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En développement</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Géré</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Solide</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ChecklistTreeModel</name>
    <message>
        <source>%1/%2 answered</source>
        <translation>%1/%2 traités</translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation>%1 élevé(s)</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation>%1 moyen(s)</translation>
    </message>
    <message>
        <source>%1 low</source>
        <translation>%1 faible(s)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1

What good looks like: %2</source>
        <translation>%1

Bonne pratique attendue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Domain / item</source>
        <translation>Domaine / point</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ClassTableModel</name>
    <message>
        <source>Not used by open classes</source>
        <translation>Non utilisé par les classes ouvertes</translation>
    </message>
    <message>
        <source>Not used by closed classes</source>
        <translation>Non utilisé par les classes fermées</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>no such class</source>
        <translation>classe inexistante</translation>
    </message>
    <message>
        <source>class ids cannot be renamed here</source>
        <translation>les identifiants de classe ne peuvent pas être renommés ici</translation>
    </message>
    <message>
        <source>must be &quot;open&quot; or &quot;closed&quot;, got &quot;%1&quot;</source>
        <translation>doit valoir «&#xa0;ouverte&#xa0;» ou «&#xa0;fermée&#xa0;», reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no station &quot;%1&quot;</source>
        <translation>aucune station «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be &quot;estimated&quot; or &quot;measured&quot;, got &quot;%1&quot;</source>
        <translation>doit valoir «&#xa0;estimé&#xa0;» ou «&#xa0;mesuré&#xa0;», reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>non modifiable</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Arrival rate (/s)</source>
        <translation>Taux d’arrivée (/s)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Think time (s)</source>
        <translation>Temps de réflexion (s)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ClassificationRulesModel</name>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>router</source>
        <translation>routeur</translation>
    </message>
    <message>
        <source>Rule %1, path: a rule needs a path, method or router expression</source>
        <translation>Règle %1, chemin&#xa0;: une règle a besoin d’une expression de chemin, de méthode ou de routeur</translation>
    </message>
    <message>
        <source>Rule %1, %2</source>
        <translation>Règle %1, %2</translation>
    </message>
    <message>
        <source>%1: must be a class id of 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got &quot;%2&quot;</source>
        <translation>%1&#xa0;: doit être un identifiant de classe de 1 à 64 lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;», reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: invalid regular expression at character %2: %3</source>
        <translation>%1&#xa0;: expression régulière invalide au caractère %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches wins</source>
        <translation>Les règles sont essayées de haut en bas&#xa0;; la première qui correspond l’emporte</translation>
    </message>
    <message>
        <source>The workload class a matching request is counted under</source>
        <translation>La classe de charge à laquelle une requête correspondante est comptée</translation>
    </message>
    <message>
        <source>Regular expression for the whole HTTP method (GET, POST, …); empty: any method</source>
        <translation>Expression régulière pour la méthode HTTP entière (GET, POST, …)&#xa0;; vide&#xa0;: toute méthode</translation>
    </message>
    <message>
        <source>Regular expression searched in the request path, without the query string</source>
        <translation>Expression régulière recherchée dans le chemin de la requête, sans la chaîne de requête</translation>
    </message>
    <message>
        <source>Regular expression searched in the Traefik router name; empty: any router</source>
        <translation>Expression régulière recherchée dans le nom du routeur Traefik&#xa0;; vide&#xa0;: tout routeur</translation>
    </message>
    <message>
        <source>Sample requests this rule takes (the first matching rule wins)</source>
        <translation>Requêtes de l’échantillon prises par cette règle (la première règle qui correspond l’emporte)</translation>
    </message>
</context>
<context>
    <name>hostreview::models::CommentTreeModel</name>
    <message>
        <source>station %1</source>
        <translation>station %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>point de contrôle %1</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>constat %1</translation>
    </message>
    <message>
        <source>↳ reply</source>
        <translation>↳ réponse</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ConflictTableModel</name>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
</context>
<context>
    <name>hostreview::models::DemandTableModel</name>
    <message>
        <source>Derived from the links and the class&apos;s entry station</source>
        <translation>Déduit des liaisons et de la station d’entrée de la classe</translation>
    </message>
    <message>
        <source>(links)</source>
        <translation>(liaisons)</translation>
    </message>
    <message>
        <source>no class selected</source>
        <translation>aucune classe sélectionnée</translation>
    </message>
    <message>
        <source>type a service time first: the class has no demand at this station</source>
        <translation>saisissez d’abord un temps de service&#xa0;: la classe n’a pas de demande sur cette station</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>non modifiable</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Service time (ms)</source>
        <translation>Temps de service (ms)</translation>
    </message>
</context>
<context>
    <name>hostreview::models::DifferenceTableModel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>ma version</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>leur version</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ProfileTableModel</name>
    <message>
        <source>must be a finite number ≥ 0, got %1</source>
        <translation>doit être un nombre fini ≥ 0, reçu %1</translation>
    </message>
    <message>
        <source>outside the profile&apos;s %1 buckets</source>
        <translation>en dehors des %1 tranches du profil</translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation>doit être ≥ 0, reçu %1</translation>
    </message>
    <message>
        <source>No class selected</source>
        <translation>Aucune classe sélectionnée</translation>
    </message>
    <message>
        <source>bucket %1: outside the profile</source>
        <translation>tranche %1&#xa0;: en dehors du profil</translation>
    </message>
    <message>
        <source>No profile yet: every bucket counts as 1; an edit creates one</source>
        <translation>Pas encore de profil&#xa0;: chaque tranche vaut 1&#xa0;; une modification en crée un</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure du jour</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioClassScaleModel</name>
    <message>
        <source>1 (unchanged)</source>
        <translation>1 (inchangé)</translation>
    </message>
    <message>
        <source>no scenario selected</source>
        <translation>aucun scénario sélectionné</translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation>doit être ≥ 0, reçu %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Load scale (×)</source>
        <translation>Facteur de charge (×)</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioListModel</name>
    <message>
        <source>The recommended target architecture (the report&apos;s &quot;after&quot;)</source>
        <translation>L’architecture cible recommandée (l’«&#xa0;après&#xa0;» du rapport)</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>no such scenario</source>
        <translation>scénario inexistant</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be &quot;estimated&quot; or &quot;measured&quot;, got &quot;%1&quot;</source>
        <translation>doit valoir «&#xa0;estimé&#xa0;» ou «&#xa0;mesuré&#xa0;», reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>non modifiable</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>hostreview::models::ScenarioServersModel</name>
    <message>
        <source>delay</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>Delay stations have no server count</source>
        <translation>Les stations de délai n’ont pas de nombre de serveurs</translation>
    </message>
    <message>
        <source>no scenario selected</source>
        <translation>aucun scénario sélectionné</translation>
    </message>
    <message>
        <source>must be ≥ 1, got %1</source>
        <translation>doit être ≥ 1, reçu %1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Servers (base)</source>
        <translation>Serveurs (base)</translation>
    </message>
    <message>
        <source>Servers in scenario</source>
        <translation>Serveurs dans le scénario</translation>
    </message>
</context>
<context>
    <name>hostreview::models::StationResultsModel</name>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Bottleneck: none (no queue station)</source>
        <translation>Goulot d’étranglement&#xa0;: aucun (pas de station à file d’attente)</translation>
    </message>
    <message>
        <source>Bottleneck: %1, saturated (offered %2)</source>
        <translation>Goulot d’étranglement&#xa0;: %1, saturée (charge offerte %2)</translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2</source>
        <translation>Goulot d’étranglement&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>Headroom: not applicable (no open classes)</source>
        <translation>Marge&#xa0;: sans objet (aucune classe ouverte)</translation>
    </message>
    <message>
        <source>Headroom: none, %1 is saturated (open load must fall to ×%2)</source>
        <translation>Marge&#xa0;: aucune, %1 est saturée (la charge ouverte doit redescendre à ×%2)</translation>
    </message>
    <message>
        <source>Headroom: ×%1 on open arrival rates before %2 saturates</source>
        <translation>Marge&#xa0;: ×%1 sur les taux d’arrivée ouverts avant la saturation de %2</translation>
    </message>
    <message>
        <source>Delay station: mean number of requests in service</source>
        <translation>Station de délai&#xa0;: nombre moyen de requêtes en service</translation>
    </message>
    <message>
        <source>Offered load is at or above capacity: queue and response times grow without bound</source>
        <translation>La charge offerte atteint ou dépasse la capacité&#xa0;: la file et les temps de réponse croissent sans limite</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturée</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Station / class</source>
        <translation>Station / classe</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Queue length</source>
        <translation>Longueur de file</translation>
    </message>
    <message>
        <source>Residence time (s)</source>
        <translation>Temps de séjour (s)</translation>
    </message>
    <message>
        <source>Residence time (ms)</source>
        <translation>Temps de séjour (ms)</translation>
    </message>
    <message>
        <source>Throughput (/s)</source>
        <translation>Débit (/s)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>hostreview::models::TimelineModel</name>
    <message>
        <source>no solver</source>
        <translation>pas de solveur</translation>
    </message>
    <message>
        <source>the solver returned no timeline for scenario %1</source>
        <translation>le solveur n’a renvoyé aucune chronologie pour le scénario %1</translation>
    </message>
    <message>
        <source>saturated from %1</source>
        <translation>saturée dès %1</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure du jour</translation>
    </message>
</context>
<context>
    <name>hostreview::reports::Report</name>
    <message>
        <source>knee %1 %</source>
        <translation>coude %1&#xa0;%</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à surveiller</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>solide</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>initial</translation>
    </message>
    <message>
        <source>developing</source>
        <translation>en développement</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>géré</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>partiellement</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Baseline assessment</source>
        <translation>Évaluation de référence</translation>
    </message>
    <message>
        <source>Platform controls</source>
        <translation>Contrôles de la plateforme</translation>
    </message>
    <message>
        <source>GitOps, IaC and resilience</source>
        <translation>GitOps, IaC et résilience</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimisation</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>Période d’audit</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Date de génération</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Overall posture: %1. The checklist scores %2 of 100 overall (%3), with %4 high, %5 medium and %6 low risks among the answered items.</source>
        <translation>Posture globale&#xa0;: %1. La liste de contrôle obtient un score global de %2 sur 100 (%3), avec %4 risques élevés, %5 moyens et %6 faibles parmi les points renseignés.</translation>
    </message>
    <message>
        <source>Overall posture: %1. No checklist item has been answered yet.</source>
        <translation>Posture globale&#xa0;: %1. Aucun point de la liste de contrôle n’a encore été renseigné.</translation>
    </message>
    <message>
        <source>It cannot keep up: requests queue without bound.</source>
        <translation>Elle ne suit pas&#xa0;: les requêtes s’accumulent sans limite dans la file.</translation>
    </message>
    <message>
        <source>It is past the knee of %1, so waiting times grow quickly.</source>
        <translation>Elle a dépassé le coude de %1&#xa0;: les temps d’attente augmentent donc rapidement.</translation>
    </message>
    <message>
        <source>It stays below the knee of %1.</source>
        <translation>Elle reste sous le coude de %1.</translation>
    </message>
    <message>
        <source>The worst case is the scenario “%1”: its busiest station, %2, reaches %3. %4</source>
        <translation>Le cas le plus défavorable est le scénario «&#xa0;%1&#xa0;»&#xa0;: sa station la plus chargée, %2, atteint %3. %4</translation>
    </message>
    <message>
        <source>The worst case is the scenario “%1”: its busiest station, %2, reaches %3 at %4. %5</source>
        <translation>Le cas le plus défavorable est le scénario «&#xa0;%1&#xa0;»&#xa0;: sa station la plus chargée, %2, atteint %3 à %4. %5</translation>
    </message>
    <message>
        <source>Recommended hosting model: %1.</source>
        <translation>Modèle d’hébergement recommandé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Headline numbers</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Overall checklist score</source>
        <translation>Score global de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1 of 100 (%2)</source>
        <translation>%1 sur 100 (%2)</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Checklist items answered</source>
        <translation>Points de la liste de contrôle renseignés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Busiest station, %1</source>
        <translation>Station la plus chargée, %1</translation>
    </message>
    <message>
        <source>Baseline headroom at peak</source>
        <translation>Marge de référence au pic</translation>
    </message>
    <message>
        <source>load can grow ×%1</source>
        <translation>la charge peut croître de ×%1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>%1 in total, %2 critical, %3 high</source>
        <translation>%1 au total, %2 critiques, %3 élevés</translation>
    </message>
    <message>
        <source>Hosting model</source>
        <translation>Modèle d’hébergement</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>aucune recommandation</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Current and target architecture</source>
        <translation>Architecture actuelle et cible</translation>
    </message>
    <message>
        <source>Busiest station</source>
        <translation>Station la plus chargée</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Response time, %1 (target %2)</source>
        <translation>Temps de réponse, %1 (cible %2)</translation>
    </message>
    <message>
        <source>Open critical and high findings</source>
        <translation>Constats critiques et élevés ouverts</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <source>%1 (%2 risk, %3)</source>
        <translation>%1 (risque %2, %3)</translation>
    </message>
    <message>
        <source>No risks were identified.</source>
        <translation>Aucun risque n’a été identifié.</translation>
    </message>
    <message>
        <source>Stations: %1; links: %2. Box colours: green below the knee (%3), amber from the knee to 100 %, red at or above 100 %; grey boxes are delay stations (clients, external systems), which do not queue.</source>
        <translation>Stations&#xa0;: %1&#xa0;; liaisons&#xa0;: %2. Couleurs des blocs&#xa0;: vert sous le coude (%3), orange du coude à 100&#xa0;%, rouge à 100&#xa0;% et au-delà&#xa0;; les blocs gris sont des stations de délai (clients, systèmes externes), sans file d’attente.</translation>
    </message>
    <message>
        <source>The diagram follows on the next page, turned to fit its width.</source>
        <translation>Le diagramme figure à la page suivante, pivoté pour tenir en largeur.</translation>
    </message>
    <message>
        <source>%1 (recommended target)</source>
        <translation>%1 (cible recommandée)</translation>
    </message>
    <message>
        <source>Peak at %1: %2 reaches %3.</source>
        <translation>Pic à %1&#xa0;: %2 atteint %3.</translation>
    </message>
    <message>
        <source>%1 reaches %2.</source>
        <translation>%1 atteint %2.</translation>
    </message>
    <message>
        <source>Headroom: the open load can grow ×%1 before the first station saturates.</source>
        <translation>Marge&#xa0;: la charge ouverte peut croître de ×%1 avant que la première station ne sature.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Utilisation at peak</source>
        <translation>Utilisation au pic</translation>
    </message>
    <message>
        <source>Queue length</source>
        <translation>Longueur de file</translation>
    </message>
    <message>
        <source>At risk from</source>
        <translation>À risque dès</translation>
    </message>
    <message>
        <source>Saturated from</source>
        <translation>Saturée dès</translation>
    </message>
    <message>
        <source>No checklist could be loaded, so there is no scorecard.</source>
        <translation>Aucune liste de contrôle n’a pu être chargée&#xa0;: il n’y a donc pas de grille d’évaluation.</translation>
    </message>
    <message>
        <source>Overall score: %1 (%2); posture: %3.</source>
        <translation>Score global&#xa0;: %1 (%2)&#xa0;; posture&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Risk items</source>
        <translation>Points à risque</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The rules found nothing to report.</source>
        <translation>Les règles n’ont rien relevé.</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation>%1. %2 [%3]</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stations: %1</source>
        <translation>Stations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation>Effort&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>The findings engine was not available when this report was generated; the checklist&apos;s risk items in the scorecard stand in for the findings.</source>
        <translation>Le moteur de constats n’était pas disponible lors de la génération de ce rapport&#xa0;; les points à risque de la liste de contrôle, dans la grille d’évaluation, tiennent lieu de constats.</translation>
    </message>
    <message>
        <source>Nothing to do in this phase.</source>
        <translation>Rien à faire dans cette phase.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Done within</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>No roadmap items.</source>
        <translation>Aucune action dans la feuille de route.</translation>
    </message>
    <message>
        <source>No hosting recommendation could be made (the hosting rules could not be loaded or the questionnaire answers are invalid).</source>
        <translation>Aucune recommandation d’hébergement n’a pu être formulée (les règles d’hébergement n’ont pas pu être chargées ou les réponses au questionnaire ne sont pas valides).</translation>
    </message>
    <message>
        <source>Recommended hosting model: %1</source>
        <translation>Modèle d’hébergement recommandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No hosting model can be recommended yet.</source>
        <translation>Aucun modèle d’hébergement ne peut encore être recommandé.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>Points per hosting model</source>
        <translation>Points par modèle d’hébergement</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Unanswered questions: %1</source>
        <translation>Questions sans réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>No checklist could be loaded.</source>
        <translation>Aucune liste de contrôle n’a pu être chargée.</translation>
    </message>
    <message>
        <source>Checklist %1, revision %2.</source>
        <translation>Liste de contrôle %1, révision %2.</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Notes sur les preuves</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Workload classes</source>
        <translation>Classes de charge</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 requêtes/s</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Service time per visit</source>
        <translation>Temps de service par visite</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Only the baseline scenario.</source>
        <translation>Uniquement le scénario de référence.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Load scaling</source>
        <translation>Facteurs de charge</translation>
    </message>
    <message>
        <source>Station overrides</source>
        <translation>Ajustements des stations</translation>
    </message>
    <message>
        <source>Knee used for “at risk”: %1. Profiles: %2 buckets of %3 minutes.</source>
        <translation>Coude retenu pour «&#xa0;à risque&#xa0;»&#xa0;: %1. Profils&#xa0;: %2 tranches de %3 minutes.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>Load of class %1</source>
        <translation>Charge de la classe %1</translation>
    </message>
    <message>
        <source>Daily profile of class %1</source>
        <translation>Profil journalier de la classe %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>%1 of %2 inputs are measured, the rest are estimates.</source>
        <translation>%1 des %2 données d’entrée sont mesurées, les autres sont des estimations.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Donnée d’entrée</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Utilisation, queue lengths and headroom come from an open/closed queueing network solved for each bucket of the day (mean value analysis for closed classes). Service times are means; real variability makes queues longer than the model shows near saturation.</source>
        <translation>L’utilisation, les longueurs de file et la marge proviennent d’un réseau de files d’attente ouvert/fermé résolu pour chaque tranche de la journée (analyse de la valeur moyenne pour les classes fermées). Les temps de service sont des moyennes&#xa0;; près de la saturation, la variabilité réelle rend les files plus longues que ne le montre le modèle.</translation>
    </message>
    <message>
        <source>Not shown in this report</source>
        <translation>Non présenté dans ce rapport</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s), think %1 s</source>
        <translation>
            <numerusform>%n utilisateur, réflexion %1 s</numerusform>
            <numerusform>%n utilisateurs, réflexion %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>The review file records no changes yet: it was written outside the workbench, or before the audit log was kept.</source>
        <translation>Le fichier de revue n’enregistre encore aucune modification : il a été écrit hors de l’atelier, ou avant la tenue du journal d’audit.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, from %1 to %2.</source>
        <translation>
            <numerusform>%n modification enregistrée, du %1 au %2.</numerusform>
            <numerusform>%n modifications enregistrées, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>First change</source>
        <translation>Première modification</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Most changed objects</source>
        <translation>Objets les plus modifiés</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Saved revisions: %1, of which merges of two copies: %2. Comment threads: %3, of which still open: %4.</source>
        <translation>Révisions enregistrées : %1, dont fusions de deux copies : %2. Fils de commentaires : %3, dont encore ouverts : %4.</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::AnswerEditor</name>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>What you saw, who told you, which document or screen shows it</source>
        <translation>Ce que vous avez constaté, qui vous l’a dit, quel document ou écran le montre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evidence notes:</source>
        <translation>Notes sur les preuves&#xa0;:</translation>
    </message>
    <message>
        <source>What good looks like</source>
        <translation>Bonne pratique attendue</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <source>Choose an item in the checklist to answer it.</source>
        <translation>Choisissez un point de la liste de contrôle pour y répondre.</translation>
    </message>
    <message>
        <source>Item %1 is not in checklist %2.</source>
        <translation>Le point %1 ne figure pas dans la liste de contrôle %2.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · weight %2 · %3 criticality</source>
        <translation>%1 · poids %2 · criticité %3</translation>
    </message>
    <message>
        <source>Sources: none listed</source>
        <translation>Sources&#xa0;: aucune indiquée</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source> UTC</source>
        <translation> UTC</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Answered by %1 on %2</source>
        <translation>Répondu par %1 le %2</translation>
    </message>
    <message>
        <source>an unnamed reviewer</source>
        <translation>un auditeur anonyme</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::AuditLogView</name>
    <message>
        <source>Filter by reviewer, host, action or object…</source>
        <translation>Filtrer par auditeur, hôte, action ou objet…</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 sur %2 entrées</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ChecklistPanel</name>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Tous les risques</translation>
    </message>
    <message>
        <source>With a risk</source>
        <translation>Avec un risque</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Aucun risque</translation>
    </message>
    <message>
        <source>Search questions, notes, ids…</source>
        <translation>Rechercher dans les questions, notes, identifiants…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>checklist %1: no templates folder found</source>
        <translation>liste de contrôle %1&#xa0;: aucun dossier de modèles trouvé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist not available:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Liste de contrôle indisponible&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>pas encore de score</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1 — &lt;b&gt;&lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;/b&gt; (%4 high, %5 medium, %6 low risks) · %7 of %8 items answered</source>
        <translation>&lt;b&gt;Global&#xa0;:&lt;/b&gt; %1 — &lt;b&gt;&lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;/b&gt; (risques&#xa0;: %4 élevés, %5 moyens, %6 faibles) · %7 points renseignés sur %8</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 points sur %2</translation>
    </message>
    <message>
        <source>hosting rules: no templates folder found</source>
        <translation>règles d’hébergement&#xa0;: aucun dossier de modèles trouvé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; rules not available (%1)</source>
        <translation>&lt;b&gt;Modèle d’hébergement&#xa0;:&lt;/b&gt; règles indisponibles (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; the questionnaire has answers that cannot be used: %1</source>
        <translation>&lt;b&gt;Modèle d’hébergement&#xa0;:&lt;/b&gt; le questionnaire contient des réponses inutilisables&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n question(s) unanswered)</source>
        <translation>
            <numerusform> (%n question sans réponse)</numerusform>
            <numerusform> (%n questions sans réponse)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model:&lt;/b&gt; no recommendation yet%1. %2</source>
        <translation>&lt;b&gt;Modèle d’hébergement&#xa0;:&lt;/b&gt; pas encore de recommandation%1. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosting model: %1&lt;/b&gt;%2. %3</source>
        <translation>&lt;b&gt;Modèle d’hébergement&#xa0;: %1&lt;/b&gt;%2. %3</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::CommentsDock</name>
    <message>
        <source>Unresolved only</source>
        <translation>Non résolus uniquement</translation>
    </message>
    <message>
        <source>Hide threads that were resolved</source>
        <translation>Masquer les fils de discussion résolus</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>What a new comment is about (Add Comment in the canvas or checklist context menu picks it)</source>
        <translation>L’objet d’un nouveau commentaire (Ajouter un commentaire, dans le menu contextuel du canevas ou de la liste de contrôle, le choisit)</translation>
    </message>
    <message>
        <source>Write a comment or a reply…</source>
        <translation>Écrire un commentaire ou une réponse…</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commenter</translation>
    </message>
    <message>
        <source>Start a new thread on the chosen object</source>
        <translation>Ouvrir un nouveau fil de discussion sur l’objet choisi</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>Répondre au commentaire sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Rés&amp;oudre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected comment and its replies</source>
        <translation>Supprimer le commentaire sélectionné et ses réponses</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Show the object the selected thread is about</source>
        <translation>Afficher l’objet du fil de discussion sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>Open the selected thread again</source>
        <translation>Rouvrir le fil de discussion sélectionné</translation>
    </message>
    <message>
        <source>Mark the selected thread as resolved</source>
        <translation>Marquer le fil de discussion sélectionné comme résolu</translation>
    </message>
    <message numerus="yes">
        <source>%n open thread(s)</source>
        <translation>
            <numerusform>%n fil ouvert</numerusform>
            <numerusform>%n fils ouverts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::DomainScoreChart</name>
    <message>
        <source>Domain scores</source>
        <translation>Scores par domaine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>under 40</source>
        <translation>moins de 40</translation>
    </message>
    <message>
        <source>40–59</source>
        <translation>40–59</translation>
    </message>
    <message>
        <source>60–79</source>
        <translation>60–79</translation>
    </message>
    <message>
        <source>≥ 80</source>
        <translation>≥ 80</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 · %2 unanswered</source>
        <translation>%1 · %2 sans réponse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::HelpWindow</name>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>La première page du guide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>hostreview help</source>
        <translation>Aide de hostreview</translation>
    </message>
    <message>
        <source>%1 — hostreview help</source>
        <translation>%1 — aide de hostreview</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ImportDialog</name>
    <message>
        <source>Automatic (per file)</source>
        <translation>Automatique (par fichier)</translation>
    </message>
    <message>
        <source>Traefik access log (JSON)</source>
        <translation>Journal d’accès Traefik (JSON)</translation>
    </message>
    <message>
        <source>Traefik access log (common log format)</source>
        <translation>Journal d’accès Traefik (Common Log Format)</translation>
    </message>
    <message>
        <source>Odoo server log</source>
        <translation>Journal du serveur Odoo</translation>
    </message>
    <message>
        <source>pg_stat_statements export (CSV)</source>
        <translation>Export pg_stat_statements (CSV)</translation>
    </message>
    <message>
        <source>Generic CSV (column mapping below)</source>
        <translation>CSV générique (correspondance des colonnes ci-dessous)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(new class)</source>
        <translation>(nouvelle classe)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aban&amp;donner</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Importer des mesures</translation>
    </message>
    <message>
        <source>Change the files or settings and import again</source>
        <translation>Modifier les fichiers ou les réglages et relancer l’import</translation>
    </message>
    <message>
        <source>Replace the estimates by these measurements (one step you can undo)</source>
        <translation>Remplacer les estimations par ces mesures (en une seule étape annulable)</translation>
    </message>
    <message>
        <source>Close without changing the project</source>
        <translation>Fermer sans modifier le projet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The business day&apos;s time zone: buckets start at its local midnight</source>
        <translation>Fuseau horaire de la journée d’activité&#xa0;: les tranches commencent à minuit, heure locale</translation>
    </message>
    <message>
        <source>CSV columns (header names)</source>
        <translation>Colonnes CSV (noms d’en-tête)</translation>
    </message>
    <message>
        <source>Time stamp:</source>
        <translation>Horodatage&#xa0;:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Application time (optional):</source>
        <translation>Temps applicatif (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>SQL time (optional):</source>
        <translation>Temps SQL (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>ISO 8601 (with an offset or Z; none means UTC) or epoch seconds</source>
        <translation>ISO 8601 (avec un décalage ou Z&#xa0;; sans indication&#xa0;: UTC) ou secondes depuis l’epoch Unix</translation>
    </message>
    <message>
        <source>Wins over the path column when both are in the header</source>
        <translation>Prioritaire sur la colonne de chemin quand les deux figurent dans l’en-tête</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <source>microseconds</source>
        <translation>microsecondes</translation>
    </message>
    <message>
        <source>nanoseconds</source>
        <translation>nanosecondes</translation>
    </message>
    <message>
        <source>Duration unit:</source>
        <translation>Unité de durée&#xa0;:</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>virgule ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>point-virgule&#xa0;;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>bar |</source>
        <translation>barre verticale |</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Bucket length:</source>
        <translation>Durée des tranches&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Access logs (Traefik), Odoo server logs, pg_stat_statements exports or a generic CSV. The files are read as a stream; nothing in the project changes until you apply the summary.</source>
        <translation>Journaux d’accès (Traefik), journaux du serveur Odoo, exports pg_stat_statements ou CSV générique. Les fichiers sont lus en flux&#xa0;; rien ne change dans le projet tant que vous n’avez pas appliqué le récapitulatif.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Load before</source>
        <translation>Charge avant</translation>
    </message>
    <message>
        <source>Load after</source>
        <translation>Charge après</translation>
    </message>
    <message>
        <source>Demands before</source>
        <translation>Demandes avant</translation>
    </message>
    <message>
        <source>Demands after</source>
        <translation>Demandes après</translation>
    </message>
    <message>
        <source>Daily profile</source>
        <translation>Profil journalier</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>choose at least one file</source>
        <translation>choisissez au moins un fichier</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>CSV columns.time stamp</source>
        <translation>colonnes CSV.horodatage</translation>
    </message>
    <message>
        <source>must name a column</source>
        <translation>doit désigner une colonne</translation>
    </message>
    <message>
        <source>CSV columns.duration</source>
        <translation>colonnes CSV.durée</translation>
    </message>
    <message>
        <source>CSV columns.class</source>
        <translation>colonnes CSV.classe</translation>
    </message>
    <message>
        <source>name a class or a path column</source>
        <translation>indiquez une colonne de classe ou de chemin</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>%1 lus sur %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests imported: %1&lt;/b&gt; (read in %2 s). Review the figures: Apply replaces the estimates below (one step you can undo), Discard leaves the project as it is.</source>
        <translation>&lt;b&gt;Requêtes importées&#xa0;: %1&lt;/b&gt; (lues en %2 s). Vérifiez les chiffres&#xa0;: Appliquer remplace les estimations ci-dessous (en une seule étape annulable), Abandonner laisse le projet tel quel.</translation>
    </message>
    <message>
        <source>Lines read: %1</source>
        <translation>Lignes lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>classified: %1</source>
        <translation>classées&#xa0;: %1</translation>
    </message>
    <message>
        <source>unclassified: %1</source>
        <translation>non classées&#xa0;: %1</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>malformées&#xa0;: %1</translation>
    </message>
    <message>
        <source>other lines: %1</source>
        <translation>autres lignes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 → %2 (%3, buckets of %n min)</source>
        <translation>
            <numerusform>Fenêtre&#xa0;: %1 → %2 (%3, tranches de %n min)</numerusform>
            <numerusform>Fenêtre&#xa0;: %1 → %2 (%3, tranches de %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured: mean %1/s, peak bucket %2/s</source>
        <translation>Mesuré&#xa0;: moyenne %1/s, tranche de pointe %2/s</translation>
    </message>
    <message>
        <source>response %1 (p95 %2)</source>
        <translation>réponse %1 (p95 %2)</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>SQL %1</source>
        <translation>SQL %1</translation>
    </message>
    <message>
        <source>Traefik %1</source>
        <translation>Traefik %1</translation>
    </message>
    <message>
        <source>Measured per request: %1</source>
        <translation>Mesuré par requête&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>measured, %n bucket(s)</source>
        <translation>
            <numerusform>mesuré, %n tranche</numerusform>
            <numerusform>mesuré, %n tranches</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>A profile is derived only when the logs cover every slot of the day</source>
        <translation>Un profil n’est déduit que si les journaux couvrent toutes les tranches de la journée</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>%1 — %2, %3 lines, %4 requests, %5 malformed, %6 other</source>
        <translation>%1 — %2, %3 lignes, %4 requêtes, %5 malformées, %6 autres</translation>
    </message>
    <message>
        <source>Peak bucket</source>
        <translation>Tranche de pointe</translation>
    </message>
    <message>
        <source>%1: %2 classified requests, %3/s</source>
        <translation>%1&#xa0;: %2 requêtes classées, %3/s</translation>
    </message>
    <message>
        <source>Unclassified requests (most frequent paths)</source>
        <translation>Requêtes non classées (chemins les plus fréquents)</translation>
    </message>
    <message>
        <source>Malformed lines (skipped): %1</source>
        <translation>Lignes malformées (ignorées)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Database time by query family (pg_stat_statements)</source>
        <translation>Temps en base de données par famille de requêtes (pg_stat_statements)</translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 s in total, %4 per call</source>
        <translation>%1&#xa0;: %2 appels, %3 s au total, %4 par appel</translation>
    </message>
    <message>
        <source>Confidence and what Apply changes</source>
        <translation>Fiabilité et effet d’«&#xa0;Appliquer&#xa0;»</translation>
    </message>
    <message>
        <source>Source recorded with the measured figures: %1</source>
        <translation>Source enregistrée avec les chiffres mesurés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import changes nothing in the project</source>
        <translation>L’import ne modifie rien dans le projet</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed; the project is unchanged.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;L’import a échoué&#xa0;; le projet est inchangé.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled; the project is unchanged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import annulé&#xa0;; le projet est inchangé.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Classification &amp;Rules…</source>
        <translation>Règles de c&amp;lassification…</translation>
    </message>
    <message>
        <source>See or edit the rules that map requests to workload classes</source>
        <translation>Voir ou modifier les règles qui associent les requêtes aux classes de charge</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::LinkItem</name>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;calls per visit: %3</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;appels par visite&#xa0;: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::MergeDialog</name>
    <message>
        <source>Merge with %1</source>
        <translation>Fusionner avec %1</translation>
    </message>
    <message>
        <source>Merging %1 (theirs) into %2 (mine); common base: %3.</source>
        <translation>Fusion de %1 (leur version) dans %2 (ma version)&#xa0;; base commune&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Both sides changed these differently. Click the Mine or Theirs cell of each row to keep that value.</source>
        <translation>Les deux côtés ont modifié ces éléments différemment. Cliquez sur la cellule Ma version ou Leur version de chaque ligne pour conserver cette valeur.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine for All</source>
        <translation>Garder &amp;ma version partout</translation>
    </message>
    <message>
        <source>Take &amp;Theirs for All</source>
        <translation>Prendre &amp;leur version partout</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Applied automatically (%1)</source>
        <translation>Appliquées automatiquement (%1)</translation>
    </message>
    <message>
        <source>&amp;Apply Merge</source>
        <translation>&amp;Appliquer la fusion</translation>
    </message>
    <message>
        <source>Replace the open review with the merged one (one step, undoable)</source>
        <translation>Remplacer l’audit ouvert par l’audit fusionné (en une seule étape annulable)</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Comparaison avec %1</translation>
    </message>
    <message>
        <source>%1 and %2 have the same content.</source>
        <translation>%1 et %2 ont le même contenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from %1 (before) to %2 (after).</source>
        <translation>
            <numerusform>%n différence de %1 (avant) à %2 (après).</numerusform>
            <numerusform>%n différences de %1 (avant) à %2 (après).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n change(s) applied automatically</source>
        <translation>
            <numerusform>Prêt&#xa0;: %n modification appliquée automatiquement</numerusform>
            <numerusform>Prêt&#xa0;: %n modifications appliquées automatiquement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide</source>
        <translation>
            <numerusform>%n conflit reste à trancher</numerusform>
            <numerusform>%n conflits restent à trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · the merged review has %n validation problem(s)</source>
        <translation>
            <numerusform> · l’audit fusionné a %n problème de validation</numerusform>
            <numerusform> · l’audit fusionné a %n problèmes de validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n error(s): fix them after merging)</source>
        <translation>
            <numerusform> (%n erreur&#xa0;: à corriger après la fusion)</numerusform>
            <numerusform> (%n erreurs&#xa0;: à corriger après la fusion)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>The merge cannot be completed: %1</source>
        <translation>La fusion ne peut pas aboutir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ProfileChartView</name>
    <message>
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
    <message>
        <source>Time of day (h)</source>
        <translation>Heure du jour (h)</translation>
    </message>
    <message>
        <source>Multiplier (×)</source>
        <translation>Multiplicateur (×)</translation>
    </message>
    <message>
        <source>Drag a point up or down to change that bucket&apos;s multiplier</source>
        <translation>Faites glisser un point vers le haut ou le bas pour modifier le multiplicateur de cette tranche</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ProfileEditor</name>
    <message>
        <source>Flat profile</source>
        <translation>Profil plat</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>Scale selected</source>
        <translation>Multiplier la sélection</translation>
    </message>
    <message>
        <source>Scale all</source>
        <translation>Tout multiplier</translation>
    </message>
    <message>
        <source>Remove the profile: every bucket counts as 1</source>
        <translation>Supprimer le profil&#xa0;: chaque tranche vaut 1</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Provenance&#xa0;:</translation>
    </message>
    <message>
        <source>Multiply by</source>
        <translation>Multiplier par</translation>
    </message>
    <message>
        <source>Select the buckets to scale in the table first</source>
        <translation>Sélectionnez d’abord dans le tableau les tranches à multiplier</translation>
    </message>
    <message>
        <source>No class</source>
        <translation>Aucune classe</translation>
    </message>
    <message>
        <source>%1: no profile (flat, ×1 all day)</source>
        <translation>%1&#xa0;: pas de profil (plat, ×1 toute la journée)</translation>
    </message>
    <message>
        <source>%1: day profile (%2)</source>
        <translation>%1&#xa0;: profil journalier (%2)</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::PropertyPanel</name>
    <message>
        <source>Select a station or a link to see its properties.</source>
        <translation>Sélectionnez une station ou une liaison pour afficher ses propriétés.</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The station&apos;s identifier in the model (read-only).</source>
        <translation>Identifiant de la station dans le modèle (lecture seule).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>queue (servers, FCFS)</source>
        <translation>file (serveurs, FIFO)</translation>
    </message>
    <message>
        <source>delay (no waiting)</source>
        <translation>délai (sans attente)</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>queue: identical servers and one waiting line; delay: infinite servers (latency, think time).</source>
        <translation>file&#xa0;: serveurs identiques et une seule file d’attente&#xa0;; délai&#xa0;: serveurs en nombre infini (latence, temps de réflexion).</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>serveurs</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>This kind runs single-threaded: one server.</source>
        <translation>Ce type s’exécute sur un seul thread&#xa0;: un seul serveur.</translation>
    </message>
    <message>
        <source>Identical servers working in parallel.</source>
        <translation>Serveurs identiques travaillant en parallèle.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Hosting zone: a cluster or a data centre.</source>
        <translation>Zone d’hébergement&#xa0;: un cluster ou un centre de données.</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>dédiée</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Tenant owning the station in a shared zone; empty when dedicated.</source>
        <translation>Locataire à qui appartient la station dans une zone partagée&#xa0;; vide si la station est dédiée.</translation>
    </message>
    <message>
        <source>Default from: %1</source>
        <translation>Valeur par défaut issue de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a property of this kind; kept as is.</source>
        <translation>Ne s’applique pas à ce type&#xa0;; valeur conservée telle quelle.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Link %1 → %2</source>
        <translation>Liaison %1 → %2</translation>
    </message>
    <message>
        <source>Mean requests one visit at %1 sends to %2, per class.</source>
        <translation>Nombre moyen de requêtes qu’une visite à %1 envoie à %2, par classe.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>No workload classes yet.</source>
        <translation>Pas encore de classe de charge.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>open (arrival rate)</source>
        <translation>ouverte (taux d’arrivée)</translation>
    </message>
    <message>
        <source>closed (population, think time)</source>
        <translation>fermée (population, temps de réflexion)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Taux d’arrivée</translation>
    </message>
    <message>
        <source>Open classes: requests per second.</source>
        <translation>Classes ouvertes&#xa0;: requêtes par seconde.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Closed classes: concurrent users.</source>
        <translation>Classes fermées&#xa0;: utilisateurs simultanés.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Temps de réflexion</translation>
    </message>
    <message>
        <source>Closed classes: seconds between requests.</source>
        <translation>Classes fermées&#xa0;: secondes entre deux requêtes.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Entry station</source>
        <translation>Station d’entrée</translation>
    </message>
    <message>
        <source>Where requests enter; visits left out of demands follow the links from here.</source>
        <translation>Point d’entrée des requêtes&#xa0;; les visites absentes des demandes suivent les liaisons à partir d’ici.</translation>
    </message>
    <message>
        <source>Target response</source>
        <translation>Réponse cible</translation>
    </message>
    <message>
        <source>Findings flag the class when its response time is above this.</source>
        <translation>Les constats signalent la classe quand son temps de réponse dépasse cette valeur.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ResultsDock</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure du jour</translation>
    </message>
    <message>
        <source>Apply the day profiles at the chosen time; unchecked, the classes&apos; base loads are solved</source>
        <translation>Appliquer les profils journaliers à l’heure choisie&#xa0;; décoché, ce sont les charges de base des classes qui sont résolues</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Chronologie de la journée</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>Baseline (no scaling)</source>
        <translation>Référence (sans mise à l’échelle)</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>base load</source>
        <translation>charge de base</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>pas de profil</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::RulesEditorDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Reset to &amp;Odoo Defaults</source>
        <translation>Valeurs par défaut d’&amp;Odoo</translation>
    </message>
    <message>
        <source>Classification rules</source>
        <translation>Règles de classification</translation>
    </message>
    <message>
        <source>Each request of an imported log is counted under the class of the first rule it matches, from the top. The path expression is searched in the path without its query string; method and router may stay empty for any. Requests no rule matches are counted as unclassified in the import summary.</source>
        <translation>Chaque requête d’un journal importé est comptée dans la classe de la première règle à laquelle elle correspond, en partant du haut. L’expression de chemin est recherchée dans le chemin sans sa chaîne de requête&#xa0;; la méthode et le routeur peuvent rester vides pour accepter toute valeur. Les requêtes auxquelles aucune règle ne correspond sont comptées comme non classées dans le récapitulatif de l’import.</translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation>Ajouter une règle sous la règle sélectionnée</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Essayer la règle sélectionnée plus tôt</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Essayer la règle sélectionnée plus tard</translation>
    </message>
    <message>
        <source>Replace every rule by the defaults for Odoo&apos;s URL space</source>
        <translation>Remplacer toutes les règles par les valeurs par défaut pour les URL d’Odoo</translation>
    </message>
    <message>
        <source>Save the rules in the project (one step you can undo)</source>
        <translation>Enregistrer les règles dans le projet (en une seule étape annulable)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no rules: every request would be unclassified. Add a rule or reset to the defaults.</source>
        <translation>Il n’y a aucune règle&#xa0;: aucune requête ne serait classée. Ajoutez une règle ou revenez aux valeurs par défaut.</translation>
    </message>
    <message>
        <source>Preview: fix the rules above to see how many of the %1 sample requests they match.</source>
        <translation>Aperçu&#xa0;: corrigez les règles ci-dessus pour voir combien des %1 requêtes de l’échantillon leur correspondent.</translation>
    </message>
    <message>
        <source>Preview: %1 of %2 sample requests matched (%3).</source>
        <translation>Aperçu&#xa0;: %1 des %2 requêtes de l’échantillon correspondent (%3).</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::ScenarioManager</name>
    <message>
        <source>Clone</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>What the scenario represents</source>
        <translation>Ce que représente le scénario</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Empty scenario</source>
        <translation>Scénario vide</translation>
    </message>
    <message>
        <source>Normal day</source>
        <translation>Journée normale</translation>
    </message>
    <message>
        <source>Peak order day</source>
        <translation>Journée de pic de commandes</translation>
    </message>
    <message>
        <source>Warehouse surge</source>
        <translation>Rush à l’entrepôt</translation>
    </message>
    <message>
        <source>Integration backlog</source>
        <translation>Rattrapage des intégrations</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Reprise après incident</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Class loads (empty: unchanged)</source>
        <translation>Charges des classes (vide&#xa0;: inchangée)</translation>
    </message>
    <message>
        <source>Station servers (empty: as in the model)</source>
        <translation>Serveurs des stations (vide&#xa0;: comme dans le modèle)</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>A typical business day at today&apos;s volumes</source>
        <translation>Une journée d’activité type aux volumes actuels</translation>
    </message>
    <message>
        <source>The busiest order-taking day of the year (campaign, season end): scale the order classes</source>
        <translation>La journée de prise de commandes la plus chargée de l’année (campagne, fin de saison)&#xa0;: multiplier les classes de commande</translation>
    </message>
    <message>
        <source>More scanners and pickers at once: scale the warehouse users</source>
        <translation>Plus de scanners et de préparateurs en même temps&#xa0;: multiplier les utilisateurs de l’entrepôt</translation>
    </message>
    <message>
        <source>Connectors catching up after an outage: scale the API and EDI classes</source>
        <translation>Connecteurs qui rattrapent leur retard après une panne&#xa0;: multiplier les classes API et EDI</translation>
    </message>
    <message>
        <source>Running on reduced capacity after a failure: override the servers of the affected stations</source>
        <translation>Fonctionnement à capacité réduite après une défaillance&#xa0;: ajuster les serveurs des stations touchées</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::StationItem</name>
    <message>
        <source>delay station (no waiting)</source>
        <translation>station de délai (sans attente)</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
    <message>
        <source>mean number in service: %1</source>
        <translation>nombre moyen en service&#xa0;: %1</translation>
    </message>
    <message>
        <source>utilisation: %1</source>
        <translation>utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source> — saturated</source>
        <translation> — saturée</translation>
    </message>
    <message>
        <source>Drag the port on the right edge to another station to link them.</source>
        <translation>Faites glisser le port du bord droit vers une autre station pour les relier.</translation>
    </message>
    <message>
        <source>delay · in service</source>
        <translation>délai · en service</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s), FCFS queue</source>
        <translation>
            <numerusform>%n serveur, file FIFO</numerusform>
            <numerusform>%n serveurs, file FIFO</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::StationPalette</name>
    <message>
        <source>Drag a kind onto the canvas to place a station, or double-click it.</source>
        <translation>Faites glisser un type sur le canevas pour placer une station, ou double-cliquez dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n server(s) by default</source>
        <translation>
            <numerusform>%1, %n serveur par défaut</numerusform>
            <numerusform>%1, %n serveurs par défaut</numerusform>
        </translation>
    </message>
    <message>
        <source>delay</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TimelineChart</name>
    <message>
        <source>Saturation over the day</source>
        <translation>Saturation au fil de la journée</translation>
    </message>
    <message>
        <source>Time of day (h)</source>
        <translation>Heure du jour (h)</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Utilisation (%)</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Coude</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Current bucket</source>
        <translation>Tranche courante</translation>
    </message>
    <message>
        <source>Saturation over the day: %1</source>
        <translation>Saturation au fil de la journée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saturation over the day: no profile (the load is the same all day)</source>
        <translation>Saturation au fil de la journée&#xa0;: pas de profil (la charge est la même toute la journée)</translation>
    </message>
    <message>
        <source>Saturation over the day (%1)</source>
        <translation>Saturation au fil de la journée (%1)</translation>
    </message>
    <message>
        <source>Knee %1 %</source>
        <translation>Coude %1&#xa0;%</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TopologyScene</name>
    <message numerus="yes">
        <source>%1 — shared by %n tenants</source>
        <translation>
            <numerusform>%1 — partagée par %n locataire</numerusform>
            <numerusform>%1 — partagée par %n locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — dedicated to %2</source>
        <translation>%1 — dédiée à %2</translation>
    </message>
    <message>
        <source>%1 — dedicated</source>
        <translation>%1 — dédiée</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>%1 placée</translation>
    </message>
    <message>
        <source>%1 already links to %2</source>
        <translation>%1 est déjà reliée à %2</translation>
    </message>
    <message>
        <source>Linked %1 to %2 (1 call per visit for every class; edit in Properties)</source>
        <translation>%1 reliée à %2 (1 appel par visite pour chaque classe&#xa0;; modifiable dans Propriétés)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Supprimer %n objet</numerusform>
            <numerusform>Supprimer %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied stations</source>
        <translation>Stations copiées</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Collage impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n station(s)</source>
        <translation>
            <numerusform>%n station collée</numerusform>
            <numerusform>%n stations collées</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic layout failed: %1</source>
        <translation>Échec de la disposition automatique&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n station(s)</source>
        <translation>
            <numerusform>%n station disposée</numerusform>
            <numerusform>%n stations disposées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::TopologyView</name>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>below %1%</source>
        <translation>sous %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1–100% (at risk)</source>
        <translation>%1–100&#xa0;% (à risque)</translation>
    </message>
    <message>
        <source>≥ 100% (saturated)</source>
        <translation>≥ 100&#xa0;% (saturée)</translation>
    </message>
    <message>
        <source>delay: mean in service</source>
        <translation>délai&#xa0;: nombre moyen en service</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>pas de valeur</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>non résolu</translation>
    </message>
</context>
<context>
    <name>hostreview::widgets::WorkloadEditor</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Ajouter une classe</translation>
    </message>
    <message>
        <source>Open class (arrival rate)</source>
        <translation>Classe ouverte (taux d’arrivée)</translation>
    </message>
    <message>
        <source>Closed class (users and think time)</source>
        <translation>Classe fermée (utilisateurs et temps de réflexion)</translation>
    </message>
    <message>
        <source>Demands of %1 per station (empty visits: from the links)</source>
        <translation>Demandes de %1 par station (visites vides&#xa0;: déduites des liaisons)</translation>
    </message>
    <message>
        <source>Select a class to edit its demands</source>
        <translation>Sélectionnez une classe pour modifier ses demandes</translation>
    </message>
    <message>
        <source>New open class</source>
        <translation>Nouvelle classe ouverte</translation>
    </message>
    <message>
        <source>New closed class</source>
        <translation>Nouvelle classe fermée</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Odoo Hosting Review Workbench</source>
        <translation>Atelier d’audit d’hébergement Odoo</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>Journaliser les messages de débogage.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE et quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: select these stations (comma-separated ids).</source>
        <translation>Avec --screenshot&#xa0;: sélectionner ces stations (identifiants séparés par des virgules).</translation>
    </message>
    <message>
        <source>With --screenshot: show this scenario.</source>
        <translation>Avec --screenshot&#xa0;: afficher ce scénario.</translation>
    </message>
    <message>
        <source>With --screenshot: show this bucket of the day.</source>
        <translation>Avec --screenshot&#xa0;: afficher cette tranche de la journée.</translation>
    </message>
    <message>
        <source>With --screenshot: bring this dock to the front (results, workload, profiles, scenarios, checklist).</source>
        <translation>Avec --screenshot&#xa0;: mettre ce panneau au premier plan (results, workload, profiles, scenarios, checklist).</translation>
    </message>
    <message>
        <source>Window size WxH.</source>
        <translation>Taille de la fenêtre, WxH (largeur x hauteur).</translation>
    </message>
    <message>
        <source>Review to open.</source>
        <translation>Audit à ouvrir.</translation>
    </message>
    <message>
        <source>Language of this session: en, de or fr (default: the setting, else the system&apos;s).</source>
        <translation>Langue de cette session&#xa0;: en, de ou fr (par défaut&#xa0;: le paramètre, sinon celle du système).</translation>
    </message>
</context>
</TS>
