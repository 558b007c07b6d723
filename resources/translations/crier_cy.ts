<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+116" />
        <source>Windows Credential Manager</source>
        <translation>Rheolwr Manylion Adnabod Windows</translation>
    </message>
    <message>
        <location line="+2" />
        <source>macOS Keychain</source>
        <translation>Keychain macOS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your system's keyring</source>
        <translation>cylch allweddi eich system</translation>
    </message>
    <message>
        <location line="+79" />
        <location line="+143" />
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Connected accounts</source>
        <translation>Cyfrifon wedi'u cysylltu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Add account</source>
        <translation>&amp;Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Sign out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make &amp;default</source>
        <translation>Gwneud yn &amp;ddiofyn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reconnect</source>
        <translation>&amp;Ailgysylltu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in to the selected account again</source>
        <translation>Mewngofnodi eto i'r cyfrif a ddewiswyd</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Passwords and tokens are kept in {store}, never in Crier's files.</source>
        <translation>Caiff cyfrineiriau a thocynnau eu cadw yn {store}, byth yn ffeiliau Crier.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign out of {handle}? Its credentials are removed from this computer. Posts queued for it stay in the outbox until you connect it again.</source>
        <translation>Allgofnodi o {handle}? Caiff ei fanylion mewngofnodi eu tynnu oddi ar y cyfrifiadur hwn. Bydd negeseuon sydd yn y ciw ar ei gyfer yn aros yn y Blwch Allan nes i chi ei gysylltu eto.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location line="-274" />
        <source>Network</source>
        <translation>Rhwydwaith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last used</source>
        <translation>Defnyddiwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Connected</source>
        <translation>Wedi cysylltu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs signing in</source>
        <translation>Angen mewngofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can't store credentials on this computer</source>
        <translation>Methu cadw manylion mewngofnodi ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+12" />
        <source> — default</source>
        <translation> — diofyn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Never</source>
        <translation>Byth</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="+84" />
        <source>Saving…</source>
        <translation>Wrthi'n cadw…</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not saved: something went wrong. Crier keeps trying; your text stays here.</source>
        <translation>Heb ei gadw: aeth rhywbeth o'i le. Mae Crier yn dal i geisio; mae eich testun yn aros yma.</translation>
    </message>
</context>
<context>
    <name>BilingualPane</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="+84" />
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write the Welsh post here…</source>
        <translation>Ysgrifennwch y neges Gymraeg yma…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write the English post here…</source>
        <translation>Ysgrifennwch y neges Saesneg yma…</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../desktop/ui/calendar_grid.py" line="+92" />
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="+79" />
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Previous</source>
        <translation>&amp;Blaenorol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ne&amp;xt</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shown period</source>
        <translation>Y cyfnod a ddangosir</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Week</source>
        <translation>&amp;Wythnos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Month</source>
        <translation>&amp;Mis</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Chosen post</source>
        <translation>Y neges a ddewiswyd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Calendar messages</source>
        <translation>Negeseuon y calendr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag a scheduled post to move it, or choose it with the arrow keys and press Alt+arrows to move it by a day or an hour (a week in the month view).</source>
        <translation>Llusgwch neges wedi'i hamserlennu i'w symud, neu dewiswch hi gyda'r bysellau saeth a phwyso Alt+saethau i'w symud ddiwrnod neu awr (wythnos yn y golwg mis).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Reschedule…</source>
        <translation>Newid yr &amp;amser…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Choose a post to see it here.</source>
        <translation>Dewiswch neges i'w gweld yma.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sent {when}: {post}</source>
        <translation>Anfonwyd {when}: {post}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scheduled for {when}: {post}</source>
        <translation>Wedi'i hamserlennu ar gyfer {when}: {post}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Moved to {when}.</source>
        <translation>Wedi'i symud i {when}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The post couldn't be moved; it keeps its time.</source>
        <translation>Doedd dim modd symud y neges; mae'n cadw ei hamser.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+132" />
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+56" />
        <source>Checks appear here as you write.</source>
        <translation>Bydd gwiriadau'n ymddangos yma wrth i chi ysgrifennu.</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Apply suggestion</source>
        <translation>&amp;Defnyddio'r awgrym</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ignore here</source>
        <translation>&amp;Anwybyddu yma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply suggestion</source>
        <translation>Defnyddio'r awgrym</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore this finding for this draft</source>
        <translation>Anwybyddu'r canfyddiad hwn ar gyfer y drafft hwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gwiriadau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+45" />
        <source>No problems found.</source>
        <translation>Ni chanfuwyd unrhyw broblemau.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{errors} to fix before posting, {others} to consider.</source>
        <translation>{errors} i'w cywiro cyn cyhoeddi, {others} i'w hystyried.</translation>
    </message>
</context>
<context>
    <name>ChecksWiring</name>
    <message>
        <location filename="../../desktop/ui/checks_wiring.py" line="+96" />
        <source>Images</source>
        <translation>Delweddau</translation>
    </message>
</context>
<context>
    <name>ChoicesField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+337" />
        <source>{choice} (from your organisation)</source>
        <translation>{choice} (gan eich sefydliad)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+31" />
        <source>Connect {network}</source>
        <translation>Cysylltu {network}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+28" />
        <source>Count for {network}</source>
        <translation>Cyfrif nodau ar gyfer {network}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pre&amp;view parts</source>
        <translation>&amp;Rhagweld y rhannau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview the post on each network</source>
        <translation>Rhagweld y neges ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How each network gets this post (Ctrl+P)</source>
        <translation>Sut y bydd pob rhwydwaith yn cael y neges hon (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Count this post for {n}</source>
        <translation>Cyfrif nodau'r neges hon ar gyfer {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n characters left</source>
        <translation>
            <numerusform>%n nod ar ôl</numerusform>
            <numerusform>%n nod ar ôl</numerusform>
            <numerusform>%n nod ar ôl</numerusform>
            <numerusform>%n nod ar ôl</numerusform>
            <numerusform>%n nod ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>over the limit for one post by {n}</source>
        <translation>{n} dros y terfyn ar gyfer un neges</translation>
    </message>
    <message>
        <location line="+6" />
        <source>bytes</source>
        <translation>beit</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n bytes left</source>
        <translation>
            <numerusform>%n beit ar ôl</numerusform>
            <numerusform>%n beit ar ôl</numerusform>
            <numerusform>%n beit ar ôl</numerusform>
            <numerusform>%n beit ar ôl</numerusform>
            <numerusform>%n beit ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>over the limit of {limit} bytes by {n}</source>
        <translation>{n} dros y terfyn o {limit} beit</translation>
    </message>
    <message numerus="yes">
        <location line="-49" />
        <location line="+52" />
        <source>%n posts</source>
        <translation>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>goes as a thread of {n}; Ctrl+P shows the parts</source>
        <translation>yn mynd fel edefyn o {n}; mae Ctrl+P yn dangos y rhannau</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../desktop/ui/draft_actions.py" line="+50" />
        <source>Crier</source>
        <translation>Crier</translation>
    </message>
    <message>
        <location line="+13" />
        <source>New draft</source>
        <translation>Drafft newydd</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Duplicate draft</source>
        <translation>Dyblygu'r drafft</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Move to Trash</source>
        <translation>Symud i'r Sbwriel</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Restore from Trash</source>
        <translation>Adfer o'r Sbwriel</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The Trash is already empty.</source>
        <translation>Mae'r Sbwriel yn wag yn barod.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Empty Trash</source>
        <translation>Gwagio'r Sbwriel</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Earlier version restored. The text it replaced is in Earlier versions.</source>
        <translation>Adferwyd fersiwn gynharach. Mae'r testun a ddisodlwyd i'w weld yn Fersiynau cynharach.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="+31" />
        <source>Title (optional — the first line is used if empty)</source>
        <translation>Teitl (dewisol — defnyddir y llinell gyntaf os yw'n wag)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draft title</source>
        <translation>Teitl y drafft</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Write your post here…</source>
        <translation>Ysgrifennwch eich neges yma…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post text</source>
        <translation>Testun y neges</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select a draft on the left, or press Ctrl+N to start a new one.</source>
        <translation>Dewiswch ddrafft ar y chwith, neu pwyswch Ctrl+N i ddechrau un newydd.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Bilingual (Cymraeg + English)</source>
        <translation>&amp;Dwyieithog (Cymraeg + Saesneg)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bilingual draft: a Welsh and an English text</source>
        <translation>Drafft dwyieithog: testun Cymraeg a thestun Saesneg</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../desktop/ui/drafts_model.py" line="+160" />
        <location line="+5" />
        <source>Untitled draft</source>
        <translation>Drafft heb deitl</translation>
    </message>
    <message>
        <location line="-1" />
        <source>{title}, edited {when}</source>
        <translation>{title}, golygwyd {when}</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Posted</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Posted to {accounts} on {date} at {time}</source>
        <translation>Cyhoeddwyd i {accounts} ar {date} am {time}</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../../desktop/ui/drafts_view.py" line="+98" />
        <source>Search drafts (Ctrl+F)</source>
        <translation>Chwilio drafftiau (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search drafts</source>
        <translation>Chwilio drafftiau</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Clear search</source>
        <translation>Clirio'r chwilio</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All drafts</source>
        <translation>Pob drafft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not posted yet</source>
        <translation>Heb eu cyhoeddi eto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the outbox</source>
        <translation>Yn y Blwch Allan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Posted</source>
        <translation>Wedi'u cyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trash</source>
        <translation>Sbwriel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sort by</source>
        <translation>Trefnu yn ôl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Newest edits first</source>
        <translation>Golygiadau diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oldest edits first</source>
        <translation>Golygiadau hynaf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title A–Z</source>
        <translation>Teitl A–Y</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drafts</source>
        <translation>Drafftiau</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sho&amp;w:</source>
        <translation>Dan&amp;gos:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ort by:</source>
        <translation>&amp;Trefnu yn ôl:</translation>
    </message>
    <message>
        <location line="+52" />
        <source>No drafts match “{text}”.</source>
        <translation>Does dim drafftiau'n cyfateb i “{text}”.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The Trash is empty.</source>
        <translation>Mae'r Sbwriel yn wag.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No drafts yet. Press Ctrl+N to write one.</source>
        <translation>Dim drafftiau eto. Pwyswch Ctrl+N i ysgrifennu un.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="-243" />
        <source>Must fix</source>
        <extracomment>Underline colours (graphics: 3:1 on white or more); the findings' text keeps the palette's colour.</extracomment>
        <translation>Rhaid cywiro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consider</source>
        <translation>Ystyriwch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tip</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Suggestion: {s}</source>
        <extracomment>Severity is never colour alone: each has its word and this icon too. A 100 KB paste can have thousands of findings; a person reads the first few, and laying out thousands of rows or underlines would stall the GUI thread. The summary says how many there are.</extracomment>
        <translation>Awgrym: {s}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="+105" />
        <location line="+5" />
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version preview</source>
        <translation>Rhagolwg o'r fersiwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changes between this version and now</source>
        <translation>Newidiadau rhwng y fersiwn hon a nawr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Text</source>
        <translation>&amp;Testun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Changes to now</source>
        <translation>&amp;Newidiadau hyd nawr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore this version</source>
        <translation>&amp;Adfer y fersiwn hon</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Crier keeps a version before every suggestion applied and every restore, and one every couple of minutes while you write: all from the last hour, then fewer as they get older.</source>
        <translation>Mae Crier yn cadw fersiwn cyn defnyddio pob awgrym a chyn pob adfer, ac un bob ychydig funudau wrth i chi ysgrifennu: pob un o'r awr ddiwethaf, yna llai wrth iddyn nhw fynd yn hŷn.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>removed since</source>
        <translation>wedi'i dynnu ers hynny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>added since</source>
        <translation>wedi'i ychwanegu ers hynny</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is the text as it is now.</source>
        <translation>Dyma'r testun fel y mae nawr.</translation>
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <location filename="../../desktop/ui/images_view.py" line="+41" />
        <source>Attached images</source>
        <translation>Delweddau wedi'u hatodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach &amp;image…</source>
        <translation>Atodi &amp;delwedd…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remo&amp;ve image</source>
        <translation>&amp;Tynnu'r ddelwedd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alt text for the selected image</source>
        <translation>Testun amgen ar gyfer y ddelwedd a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Describe the image for people who can't see it</source>
        <translation>Disgrifiwch y ddelwedd i bobl sy'n methu ei gweld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alt text:</source>
        <translation>Testun &amp;amgen:</translation>
    </message>
    <message>
        <location line="+55" />
        <source>No alt text yet</source>
        <translation>Dim testun amgen eto</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n image(s) need alt text before posting.</source>
        <translation>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>Attach an image</source>
        <translation>Atodi delwedd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Delweddau (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop/ui/team_join_dialog.py" line="+19" />
        <source>Join team</source>
        <translation>Ymuno â thîm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team database address</source>
        <translation>Cyfeiriad cronfa ddata'r tîm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your user name</source>
        <translation>Eich enw defnyddiwr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave empty for Windows (Kerberos) sign-in</source>
        <translation>Gadewch yn wag i fewngofnodi drwy Windows (Kerberos)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Address:</source>
        <translation>C&amp;yfeiriad:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set by your organisation</source>
        <translation>Wedi'i osod gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+240" />
        <source>This isn't valid JSON: {problem} on line {line}.</source>
        <translation>Nid yw hwn yn JSON dilys: {problem} ar linell {line}.</translation>
    </message>
</context>
<context>
    <name>LinesField</name>
    <message>
        <location line="-224" />
        <source>One per line</source>
        <translation>Un i bob llinell</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+63" />
        <location line="+260" />
        <source>Crier</source>
        <translation>Crier</translation>
    </message>
    <message>
        <location line="-243" />
        <source>Write or preview</source>
        <translation>Ysgrifennu neu ragweld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Opening your drafts…</source>
        <translation>Wrthi'n agor eich drafftiau…</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/draft_actions.py" line="-64" />
        <source>Moved %n draft(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod â nhw'n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod ag ef yn ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod â nhw'n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod â nhw'n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod â nhw'n ôl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>Delete %n draft(s) in the Trash for good? This can't be undone.</source>
        <translation>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+63" />
        <source>Queued. The Outbox shows its progress.</source>
        <translation>Yn y ciw. Mae'r Blwch Allan yn dangos ei hynt.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>About Crier</source>
        <translation>Ynghylch Crier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Crier {version}
Draft, check and publish council social media posts.</source>
        <translation>Crier {version}
Drafftio, gwirio a chyhoeddi negeseuon cyfryngau cymdeithasol y cyngor.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your latest changes could not be saved ({problem}). Close anyway and lose them?</source>
        <translation>Doedd dim modd cadw eich newidiadau diweddaraf ({problem}). Cau beth bynnag a'u colli?</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox_model.py" line="+89" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Override reason</source>
        <translation>Rheswm dros ddiystyru</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Waiting: the account needs connecting</source>
        <translation>Yn aros: mae angen cysylltu'r cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scheduled for {when}</source>
        <translation>Wedi'i hamserlennu ar gyfer {when}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting: {network} can't be reached</source>
        <translation>Yn aros: does dim modd cyrraedd {network}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting: your organisation's proxy asked for a sign-in</source>
        <translation>Yn aros: mae dirprwy (proxy) eich sefydliad wedi gofyn i chi fewngofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for its Welsh pair to go out</source>
        <translation>Yn aros i'w phâr Cymraeg fynd allan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for its English pair</source>
        <translation>Yn aros am ei phâr Saesneg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued behind post {post} of the same account</source>
        <translation>Yn y ciw y tu ôl i neges {post} o'r un cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retrying at {when}</source>
        <translation>Rhoi cynnig arall am {when}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued: ready to send</source>
        <translation>Yn y ciw: yn barod i'w hanfon</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Queued</source>
        <comment>column: when the post was queued</comment>
        <translation>Amser ciwio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <comment>column: when the post was sent</comment>
        <translation>Amser anfon</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Sent (%n parts)</source>
        <translation>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending part {i} of {n}</source>
        <translation>Wrthi'n anfon rhan {i} o {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queued</source>
        <translation>Yn y ciw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending…</source>
        <translation>Wrthi'n anfon…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Diddymwyd</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Posted</source>
        <translation>Cyhoeddwyd</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="+32" />
        <source>Outbox</source>
        <translation>Blwch Allan</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Send &amp;now</source>
        <translation>Anfon &amp;nawr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;try</source>
        <translation>&amp;Ailgynnig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit (back to drafts)</source>
        <translation>&amp;Golygu (yn ôl i'r drafftiau)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open post</source>
        <translation>Ag&amp;or y neges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cop&amp;y error</source>
        <translation>&amp;Copïo'r gwall</translation>
    </message>
</context>
<context>
    <name>PeriodsField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+82" />
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A&amp;dd period</source>
        <translation>&amp;Ychwanegu cyfnod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove period</source>
        <translation>&amp;Tynnu cyfnod</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Period {n} needs a name.</source>
        <translation>Mae angen enw ar gyfnod {n}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name}: {start} to {end}</source>
        <translation>{name}: {start} i {end}</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../desktop/ui/post_dialog.py" line="+44" />
        <source>Post</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <location line="+10" />
        <source>needs connecting; the post will wait in the outbox</source>
        <translation>angen ei gysylltu; bydd y neges yn aros yn y Blwch Allan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>can't be posted: {why}</source>
        <translation>methu cyhoeddi: {why}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be fixed before posting</source>
        <translation>rhaid cywiro cyn cyhoeddi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs fixing, or a reason to post anyway</source>
        <translation>angen cywiro, neu reswm dros gyhoeddi beth bynnag</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Accounts to post to</source>
        <translation>Cyfrifon i gyhoeddi iddynt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send as soon as possible (now if online)</source>
        <translation>Anfon cyn gynted â phosibl (nawr os ydych ar-lein)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedule for:</source>
        <translation>Amserlennu ar gyfer:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scheduled time</source>
        <translation>Amser wedi'i amserlennu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What must be fixed before posting</source>
        <translation>Beth sy'n rhaid ei gywiro cyn cyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The checks found what must be fixed before posting:</source>
        <translation>Mae'r gwiriadau wedi canfod beth sy'n rhaid ei gywiro cyn cyhoeddi:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reason for posting anyway</source>
        <translation>Rheswm dros gyhoeddi beth bynnag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why this should go out as it is (kept with the post)</source>
        <translation>Pam y dylai hon fynd allan fel y mae (caiff ei gadw gyda'r neges)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason for posting anyway:</source>
        <translation>&amp;Rheswm dros gyhoeddi beth bynnag:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Post</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Post this draft to:</source>
        <translation>Cyhoeddi'r drafft hwn i:</translation>
    </message>
</context>
<context>
    <name>Posting</name>
    <message>
        <location filename="../../desktop/ui/posting.py" line="+57" />
        <location line="+3" />
        <location line="+190" />
        <source>Outbox</source>
        <translation>Blwch Allan</translation>
    </message>
    <message>
        <location line="-185" />
        <source>Connection status</source>
        <translation>Statws y cysylltiad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Posts waiting</source>
        <translation>Negeseuon yn aros</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Post…</source>
        <translation>&amp;Cyhoeddi…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Accounts…</source>
        <translation>C&amp;yfrifon…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Outbox</source>
        <translation>&amp;Blwch Allan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Calendar</source>
        <translation>&amp;Calendr</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+9" />
        <location line="+42" />
        <source>Post</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <location line="-51" />
        <source>This draft is empty: write something first.</source>
        <translation>Mae'r drafft hwn yn wag: ysgrifennwch rywbeth yn gyntaf.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connect an account first: Accounts (Ctrl+,) adds X, Bluesky, Mastodon or Facebook.</source>
        <translation>Cysylltwch gyfrif yn gyntaf: mae Cyfrifon (Ctrl+,) yn ychwanegu X, Bluesky, Mastodon neu Facebook.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>too long for one post: goes as a thread of {n}</source>
        <translation>rhy hir i un neges: yn mynd fel edefyn o {n}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Already posted to {accounts} on {date} at {time} — post again?</source>
        <translation>Wedi'i gyhoeddi i {accounts} ar {date} am {time} yn barod — ei gyhoeddi eto?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This draft has already been posted — post again?</source>
        <translation>Mae'r drafft hwn wedi'i gyhoeddi yn barod — ei gyhoeddi eto?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Post again?</source>
        <translation>Cyhoeddi eto?</translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>%n waiting to post</source>
        <translation>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n need attention</source>
        <translation>
            <numerusform>%n angen sylw</numerusform>
            <numerusform>%n angen sylw</numerusform>
            <numerusform>%n angen sylw</numerusform>
            <numerusform>%n angen sylw</numerusform>
            <numerusform>%n angen sylw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="+34" />
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How each network will get this draft. A long post becomes a thread for that network's own limit; a line with only --- starts a new post everywhere threads exist (Facebook keeps one post).</source>
        <translation>Sut y bydd pob rhwydwaith yn cael y drafft hwn. Mae neges hir yn troi'n edefyn yn ôl terfyn y rhwydwaith hwnnw; mae llinell sy'n cynnwys --- yn unig yn dechrau neges newydd ym mhob man lle mae edafedd (mae Facebook yn cadw un neges).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Posts on each network</source>
        <translation>Negeseuon ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Choose a network under the editor to see the post as it will appear.</source>
        <translation>Dewiswch rwydwaith o dan y golygydd i weld y neges fel y bydd yn ymddangos.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>{network}: a thread of %n posts</source>
        <translation>
            <numerusform>{network}: edefyn o %n neges</numerusform>
            <numerusform>{network}: edefyn o %n neges</numerusform>
            <numerusform>{network}: edefyn o %n neges</numerusform>
            <numerusform>{network}: edefyn o %n neges</numerusform>
            <numerusform>{network}: edefyn o %n neges</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>none sent (the network detects it)</source>
        <translation>dim wedi'i hanfon (mae'r rhwydwaith yn ei chanfod)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n}/{limit} bytes</source>
        <translation>{n}/{limit} beit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Post {i} of {n}</source>
        <translation>Neges {i} o {n}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Image {i}: {network} takes fewer images; this one won't be posted</source>
        <translation>Delwedd {i}: mae {network} yn derbyn llai o ddelweddau; ni fydd hon yn cael ei chyhoeddi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Image {i}: {alt}</source>
        <translation>Delwedd {i}: {alt}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Image {i}: no alt text yet</source>
        <translation>Delwedd {i}: dim testun amgen eto</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="+53" />
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y Cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Step up</source>
        <translation>&amp;Camu i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step &amp;down</source>
        <translation>Camu i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-10" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-18" />
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19" />
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Cadw'r Cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Ie i'r &amp;Cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>Na i'r C&amp;yfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Atal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y dd&amp;olen</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="-193" />
        <source>Reschedule post</source>
        <translation>Newid amser y neges</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Send it at:</source>
        <translation>&amp;Ei hanfon am:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send it at</source>
        <translation>Ei hanfon am</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/history_dialog.py" line="-73" />
        <source>Now · %n characters</source>
        <extracomment>(removed, added) text colours: 4.5:1 or more on a light and on a dark text background.</extracomment>
        <translation>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>{when} · %n characters</source>
        <translation>
            <numerusform>{when} · %n nod</numerusform>
            <numerusform>{when} · %n nod</numerusform>
            <numerusform>{when} · %n nod</numerusform>
            <numerusform>{when} · %n nod</numerusform>
            <numerusform>{when} · %n nod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+26" />
        <source>Checks to run</source>
        <translation>Gwiriadau i'w rhedeg</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Untick a check to turn it off. Ticked checks look at every draft as you type.</source>
        <translation>Dad-diciwch wiriad i'w ddiffodd. Mae'r gwiriadau sydd wedi'u ticio yn edrych ar bob drafft wrth i chi deipio.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Set by your organisation.</source>
        <translation>Wedi'i osod gan eich sefydliad.</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <location line="-444" />
        <source>From your organisation (can't be removed here):</source>
        <translation>Gan eich sefydliad (does dim modd eu tynnu yma):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{setting}, from your organisation</source>
        <translation>{setting}, gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read only: your organisation set these entries.</source>
        <translation>Darllen yn unig: eich sefydliad osododd y cofnodion hyn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your own, which you can change:</source>
        <translation>Eich rhai chi, y gallwch eu newid:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Set by your organisation</source>
        <translation>Wedi'i osod gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Set by your organisation.</source>
        <translation>Wedi'i osod gan eich sefydliad.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="+122" />
        <source>Settings</source>
        <extracomment>Settings whose prefix would put them where nobody looks for them.</extracomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Settings sections</source>
        <translation>Adrannau'r gosodiadau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;hecks</source>
        <translation>&amp;Gwiriadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Posting</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accounts &amp;&amp; apps</source>
        <translation>C&amp;yfrifon ac apiau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Network</source>
        <translation>&amp;Rhwydwaith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Backups</source>
        <translation>Copïau &amp;wrth gefn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;ther</source>
        <translation>&amp;Arall</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Problem saving settings</source>
        <translation>Problem wrth gadw'r gosodiadau</translation>
    </message>
    <message>
        <location line="+121" />
        <source>Please check: {settings}. Nothing has been saved yet.</source>
        <translation>Gwiriwch: {settings}. Does dim wedi'i gadw eto.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="+72" />
        <location line="+2" />
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Command</source>
        <translation>Gorchymyn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
</context>
<context>
    <name>SideEditor</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="-49" />
        <source>Counts for {side}</source>
        <translation>Cyfrifon ar gyfer {side}</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop/ui/spelling.py" line="+163" />
        <source>No suggestions</source>
        <translation>Dim awgrymiadau</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add “{word}” to dictionary</source>
        <translation>Ychwanegu “{word}” at y geiriadur</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="+152" />
        <source>No account connected</source>
        <translation>Dim cyfrif wedi'i gysylltu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>{network} can't be reached; %n posts wait for it</source>
        <translation>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>{network} can't be reached</source>
        <translation>Does dim modd cyrraedd {network}</translation>
    </message>
    <message>
        <location line="+35" />
        <source>A post needs attention</source>
        <translation>Mae angen sylw ar neges</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An account needs signing in</source>
        <translation>Mae angen mewngofnodi i gyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Posts for it wait in the outbox until you connect it again (Accounts, Ctrl+,).</source>
        <translation>Bydd negeseuon ar ei gyfer yn aros yn y Blwch Allan nes i chi ei gysylltu eto (Cyfrifon, Ctrl+,).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Back online</source>
        <translation>Yn ôl ar-lein</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n post(s) from the outbox have gone out.</source>
        <translation>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamArea</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="+322" />
        <location line="+3" />
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location line="+4" />
        <source>T&amp;eam</source>
        <translation>Tî&amp;m</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Join team…</source>
        <translation>&amp;Ymuno â thîm…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Team connection</source>
        <translation>Cysylltiad y tîm</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Team: connected</source>
        <translation>Tîm: wedi cysylltu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team: connected, {n} changes to send</source>
        <translation>Tîm: wedi cysylltu, {n} newid i'w hanfon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team: offline, {n} changes to send</source>
        <translation>Tîm: all-lein, {n} newid i'w hanfon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team: offline</source>
        <translation>Tîm: all-lein</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Approved; it is queued to post.</source>
        <translation>Wedi'i gymeradwyo; mae yn y ciw i'w gyhoeddi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent back to its author for changes.</source>
        <translation>Wedi'i anfon yn ôl at ei awdur i'w newid.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Comment added.</source>
        <translation>Sylw wedi'i ychwanegu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Saved on this PC; it is sent when connected.</source>
        <translation>Wedi'i gadw ar y cyfrifiadur hwn; caiff ei anfon pan fydd wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Crier could not do that; the log has the details</source>
        <translation>Doedd Crier ddim yn gallu gwneud hynny; mae'r manylion yn y log</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Joined team {team} as a team {role}.</source>
        <translation>Wedi ymuno â'r tîm {team} fel {role} y tîm.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Crier could not join the team; the log has the details</source>
        <translation>Doedd Crier ddim yn gallu ymuno â'r tîm; mae'r manylion yn y log</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location line="-407" />
        <source>This PC has not joined a team. Join with your team user name and password.</source>
        <translation>Nid yw'r cyfrifiadur hwn wedi ymuno â thîm. Ymunwch gyda'ch enw defnyddiwr a'ch cyfrinair tîm.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Join team…</source>
        <translation>&amp;Ymuno â thîm…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>To review</source>
        <translation>I'w adolygu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My submissions</source>
        <translation>Fy nghyflwyniadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which submissions</source>
        <translation>Pa gyflwyniadau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Submissions</source>
        <translation>Cyflwyniadau</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Submitted text</source>
        <translation>Testun a gyflwynwyd</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+28" />
        <source>Comments</source>
        <translation>Sylwadau</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+27" />
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Note or comment</source>
        <translation>Nodyn neu sylw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A comment, or a note with your decision</source>
        <translation>Sylw, neu nodyn gyda'ch penderfyniad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Comment</source>
        <translation>&amp;Sylw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request c&amp;hanges</source>
        <translation>Gofyn am &amp;newidiadau</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Team message</source>
        <translation>Neges y tîm</translation>
    </message>
    <message>
        <location line="+60" />
        <source>To review ({n})</source>
        <translation>I'w adolygu ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My submissions ({n})</source>
        <translation>Fy nghyflwyniadau ({n})</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Nothing to show here.</source>
        <translation>Dim byd i'w ddangos yma.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{state} · {account} · by {author} · {when}</source>
        <translation>{state} · {account} · gan {author} · {when}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No comments yet.</source>
        <translation>Dim sylwadau eto.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This submission is on this PC only; it goes to the team when connected.</source>
        <translation>Mae'r cyflwyniad hwn ar y cyfrifiadur hwn yn unig; bydd yn mynd i'r tîm pan fydd wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The history is shown when connected.</source>
        <translation>Dangosir yr hanes pan fydd wedi cysylltu.</translation>
    </message>
</context>
<context>
    <name>TermsField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+161" />
        <source>One per line: "word = suggestion", or just "word"</source>
        <translation>Un i bob llinell: "gair = awgrym", neu "gair" yn unig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One per line: "word = suggestion"</source>
        <translation>Un i bob llinell: "gair = awgrym"</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Line {n} has no word before the "=".</source>
        <translation>Does dim gair cyn yr "=" ar linell {n}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line {n} repeats "{term}".</source>
        <translation>Mae llinell {n} yn ailadrodd "{term}".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {n} needs a suggestion after "=", like "{term} = better word".</source>
        <translation>Mae angen awgrym ar ôl "=" ar linell {n}, fel "{term} = gair gwell".</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location line="-176" />
        <source>Clear {setting}</source>
        <translation>Clirio {setting}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="+71" />
        <source>&amp;New draft</source>
        <translation>Drafft &amp;newydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uplicate draft</source>
        <translation>&amp;Dyblygu'r drafft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Fersiynau cynharach…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find…</source>
        <translation>&amp;Canfod…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Move to Trash</source>
        <translation>&amp;Symud i'r Sbwriel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Restore from &amp;Trash</source>
        <translation>Ad&amp;fer o'r Sbwriel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Gwagio'r Sbwriel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Settings…</source>
        <translation>G&amp;osodiadau…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>Go&amp;lwg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Drafts</source>
        <translation>&amp;Drafftiau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Trash</source>
        <translation>&amp;Sbwriel</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Preview on each network</source>
        <translation>&amp;Rhagolwg ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Crier &amp;user guide</source>
        <translation>&amp;Canllaw defnyddwyr Crier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Crier</source>
        <translation>&amp;Ynghylch Crier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location line="+54" />
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The user guide could not be opened. It is at {path}</source>
        <translation>Doedd dim modd agor y canllaw defnyddwyr. Mae i'w gael yn {path}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search box</source>
        <translation>Blwch chwilio</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+132" />
        <source>Crier could not open your drafts database. The log has the details; please send it to IT.</source>
        <translation>Doedd Crier ddim yn gallu agor cronfa ddata eich drafftiau. Mae'r manylion yn y ffeil log; anfonwch hi at TG.</translation>
    </message>
</context>
<context>
    <name>checks_view</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+238" />
        <source>Over the {network} limit</source>
        <translation>Dros derfyn {network}</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="+28" />
        <source>Same as the computer</source>
        <translation>Yr un fath â'r cyfrifiadur</translation>
    </message>
</context>
</TS>
