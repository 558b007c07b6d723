<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+121"/>
        <source>Windows Credential Manager</source>
        <translation>Rheolwr Manylion Adnabod Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS Keychain</source>
        <translation>Keychain macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your system&apos;s keyring</source>
        <translation>cylch allweddi eich system</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+202"/>
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Connected accounts</source>
        <translation>Cyfrifon wedi&apos;u cysylltu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add account</source>
        <translation>&amp;Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;default</source>
        <translation>Gwneud yn &amp;ddiofyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Ailgysylltu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the selected account again</source>
        <translation>Mewngofnodi eto i&apos;r cyfrif a ddewiswyd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Council default ({mode})</source>
        <translation>Diofyn y cyngor ({mode})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language the selected account posts in</source>
        <translation>Yr iaith y mae&apos;r cyfrif a ddewiswyd yn cyhoeddi ynddi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language of the selected account:</source>
        <translation>&amp;Iaith y cyfrif a ddewiswyd:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welsh only</source>
        <translation>Cymraeg yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English only</source>
        <translation>Saesneg yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh and English (one bilingual post)</source>
        <translation>Cymraeg a Saesneg (un neges ddwyieithog)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Passwords and tokens are kept in {store}, never in Crier&apos;s files.</source>
        <translation>Caiff cyfrineiriau a thocynnau eu cadw yn {store}, byth yn ffeiliau Crier.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out of {handle}? Its credentials are removed from this computer. Posts queued for it stay in the outbox until you connect it again.</source>
        <translation>Allgofnodi o {handle}? Caiff ei fanylion mewngofnodi eu tynnu oddi ar y cyfrifiadur hwn. Bydd negeseuon sydd yn y ciw ar ei gyfer yn aros yn y Blwch Allan nes i chi ei gysylltu eto.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location line="-332"/>
        <source>Network</source>
        <translation>Rhwydwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Defnyddiwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connected</source>
        <translation>Wedi cysylltu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs signing in</source>
        <translation>Angen mewngofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t store credentials on this computer</source>
        <translation>Methu cadw manylion mewngofnodi ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> — default</source>
        <translation> — diofyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="+87"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: something went wrong. Crier keeps trying; your text stays here.</source>
        <translation>Heb ei gadw: aeth rhywbeth o&apos;i le. Mae Crier yn dal i geisio; mae eich testun yn aros yma.</translation>
    </message>
</context>
<context>
    <name>BilingualPane</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="+92"/>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the Welsh post here…</source>
        <translation>Ysgrifennwch y neges Gymraeg yma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the English post here…</source>
        <translation>Ysgrifennwch y neges Saesneg yma…</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../desktop/ui/calendar_grid.py" line="+126"/>
        <source>Calendar</source>
        <extracomment>How much of a post&apos;s text a chip&apos;s accessible name says.</extracomment>
        <translation>Calendr</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sent {when}, {account}, {text}</source>
        <translation>Anfonwyd {when}, {account}, {text}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{when}, {account}, {text}</source>
        <translation>{when}, {account}, {text}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent: it can&apos;t be moved.</source>
        <translation>Wedi&apos;i hanfon: does dim modd ei symud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled: Alt+arrow keys move it, Enter chooses another time.</source>
        <translation>Wedi&apos;i hamserlennu: mae Alt+saethau yn ei symud, ac mae Enter yn dewis amser arall.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="+78"/>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Previous</source>
        <translation>&amp;Blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown period</source>
        <translation>Y cyfnod a ddangosir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Week</source>
        <translation>&amp;Wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>&amp;Mis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chosen post</source>
        <translation>Y neges a ddewiswyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar messages</source>
        <translation>Negeseuon y calendr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a scheduled post to move it, or choose it with Tab or the arrow keys and press Alt+arrows to move it by a day or an hour (a week in the month view).</source>
        <translation>Llusgwch neges wedi&apos;i hamserlennu i&apos;w symud, neu dewiswch hi gyda Tab neu&apos;r bysellau saeth a phwyso Alt+saethau i&apos;w symud ddiwrnod neu awr (wythnos yn y golwg mis).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reschedule…</source>
        <translation>Newid yr &amp;amser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Choose a post to see it here.</source>
        <translation>Dewiswch neges i&apos;w gweld yma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {when}: {post}</source>
        <translation>Anfonwyd {when}: {post}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled for {when}: {post}</source>
        <translation>Wedi&apos;i hamserlennu ar gyfer {when}: {post}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Moved to {when}.</source>
        <translation>Wedi&apos;i symud i {when}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The post couldn&apos;t be moved; it keeps its time.</source>
        <translation>Doedd dim modd symud y neges; mae&apos;n cadw ei hamser.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+135"/>
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Checks appear here as you write.</source>
        <translation>Bydd gwiriadau&apos;n ymddangos yma wrth i chi ysgrifennu.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply suggestion</source>
        <translation>&amp;Defnyddio&apos;r awgrym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignore here</source>
        <translation>&amp;Anwybyddu yma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply suggestion</source>
        <translation>Defnyddio&apos;r awgrym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore this finding for this draft</source>
        <translation>Anwybyddu&apos;r canfyddiad hwn ar gyfer y drafft hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sp&amp;lit into thread</source>
        <translation>Rhannu&apos;n &amp;edefyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a line with --- where each post of the thread starts, so you can see and move it</source>
        <translation>Rhoi llinell gyda --- lle mae pob neges yn yr edefyn yn dechrau, er mwyn i chi ei gweld a&apos;i symud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gwiriadau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No problems found.</source>
        <translation>Ni chanfuwyd unrhyw broblemau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{errors} to fix before posting, {others} to consider.</source>
        <translation>{errors} i&apos;w cywiro cyn cyhoeddi, {others} i&apos;w hystyried.</translation>
    </message>
</context>
<context>
    <name>ChecksWiring</name>
    <message>
        <location filename="../../desktop/ui/checks_wiring.py" line="+100"/>
        <source>Images</source>
        <translation>Delweddau</translation>
    </message>
</context>
<context>
    <name>ChoicesField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+337"/>
        <source>{choice} (from your organisation)</source>
        <translation>{choice} (gan eich sefydliad)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+31"/>
        <source>Connect {network}</source>
        <translation>Cysylltu {network}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+28"/>
        <source>Count for {network}</source>
        <translation>Cyfrif nodau ar gyfer {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre&amp;view parts</source>
        <translation>&amp;Rhagweld y rhannau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the post on each network</source>
        <translation>Rhagweld y neges ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each network gets this post (Ctrl+P)</source>
        <translation>Sut y bydd pob rhwydwaith yn cael y neges hon (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Count this post for {n}</source>
        <translation>Cyfrif nodau&apos;r neges hon ar gyfer {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+2"/>
        <source>over the limit for one post by {n}</source>
        <translation>{n} dros y terfyn ar gyfer un neges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bytes</source>
        <translation>beit</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location line="+2"/>
        <source>over the limit of {limit} bytes by {n}</source>
        <translation>{n} dros y terfyn o {limit} beit</translation>
    </message>
    <message numerus="yes">
        <location line="-49"/>
        <location line="+52"/>
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
        <location line="+1"/>
        <source>goes as a thread of {n}; Ctrl+P shows the parts</source>
        <translation>yn mynd fel edefyn o {n}; mae Ctrl+P yn dangos y rhannau</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../desktop/ui/draft_actions.py" line="+97"/>
        <source>Crier</source>
        <translation>Crier</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>New draft</source>
        <translation>Drafft newydd</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Duplicate draft</source>
        <translation>Dyblygu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move to Trash</source>
        <translation>Symud i&apos;r Sbwriel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore from Trash</source>
        <translation>Adfer o&apos;r Sbwriel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The Trash is already empty.</source>
        <translation>Mae&apos;r Sbwriel yn wag yn barod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty Trash</source>
        <translation>Gwagio&apos;r Sbwriel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Earlier version restored. The text it replaced is in Earlier versions.</source>
        <translation>Adferwyd fersiwn gynharach. Mae&apos;r testun a ddisodlwyd i&apos;w weld yn Fersiynau cynharach.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="+31"/>
        <source>Title (optional — the first line is used if empty)</source>
        <translation>Teitl (dewisol — defnyddir y llinell gyntaf os yw&apos;n wag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft title</source>
        <translation>Teitl y drafft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write your post here…</source>
        <translation>Ysgrifennwch eich neges yma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post text</source>
        <translation>Testun y neges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a draft on the left, or press Ctrl+N to start a new one.</source>
        <translation>Dewiswch ddrafft ar y chwith, neu pwyswch Ctrl+N i ddechrau un newydd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bilingual (Cymraeg + English)</source>
        <translation>&amp;Dwyieithog (Cymraeg + Saesneg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual draft: a Welsh and an English text</source>
        <translation>Drafft dwyieithog: testun Cymraeg a thestun Saesneg</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../desktop/ui/drafts_model.py" line="+258"/>
        <location line="+5"/>
        <source>Untitled draft</source>
        <translation>Drafft heb deitl</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{title}, edited {when}</source>
        <translation>{title}, golygwyd {when}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Posted</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted to {accounts} on {date} at {time}</source>
        <translation>Cyhoeddwyd i {accounts} ar {date} am {time}</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../../desktop/ui/drafts_view.py" line="+98"/>
        <source>Search drafts (Ctrl+F)</source>
        <translation>Chwilio drafftiau (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search drafts</source>
        <translation>Chwilio drafftiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Clear search</source>
        <translation>Clirio&apos;r chwilio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All drafts</source>
        <translation>Pob drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not posted yet</source>
        <translation>Heb eu cyhoeddi eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the outbox</source>
        <translation>Yn y Blwch Allan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Wedi&apos;u cyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Sbwriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by</source>
        <translation>Trefnu yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest edits first</source>
        <translation>Golygiadau diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest edits first</source>
        <translation>Golygiadau hynaf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title A–Z</source>
        <translation>Teitl A–Y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafts</source>
        <translation>Drafftiau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sho&amp;w:</source>
        <translation>Dan&amp;gos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ort by:</source>
        <translation>&amp;Trefnu yn ôl:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No drafts match “{text}”.</source>
        <translation>Does dim drafftiau&apos;n cyfateb i “{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Trash is empty.</source>
        <translation>Mae&apos;r Sbwriel yn wag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No drafts yet. Press Ctrl+N to write one.</source>
        <translation>Dim drafftiau eto. Pwyswch Ctrl+N i ysgrifennu un.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="-253"/>
        <source>Must fix</source>
        <extracomment>Underline colours (graphics: 3:1 on white or more); the findings&apos; text keeps the palette&apos;s colour.</extracomment>
        <translation>Rhaid cywiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consider</source>
        <translation>Ystyriwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Suggestion: {s}</source>
        <extracomment>Severity is never colour alone: each has its word and this icon too. A 100 KB paste can have thousands of findings; a person reads the first few, and laying out thousands of rows or underlines would stall the GUI thread. The summary says how many there are.</extracomment>
        <translation>Awgrym: {s}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="+150"/>
        <location line="+5"/>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version preview</source>
        <translation>Rhagolwg o&apos;r fersiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes between this version and now</source>
        <translation>Newidiadau rhwng y fersiwn hon a nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text</source>
        <translation>&amp;Testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Changes to now</source>
        <translation>&amp;Newidiadau hyd nawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Adfer y fersiwn hon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crier keeps a version before every suggestion applied and every restore, and one every couple of minutes while you write: all from the last hour, then fewer as they get older.</source>
        <translation>Mae Crier yn cadw fersiwn cyn defnyddio pob awgrym a chyn pob adfer, ac un bob ychydig funudau wrth i chi ysgrifennu: pob un o&apos;r awr ddiwethaf, yna llai wrth iddyn nhw fynd yn hŷn.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This version is in Welsh and English; the draft is now one text. Restoring it brings back both texts. The Text tab shows them.</source>
        <translation>Mae&apos;r fersiwn hon yn Gymraeg ac yn Saesneg; un testun yw&apos;r drafft nawr. Bydd ei hadfer yn dod â&apos;r ddau destun yn ôl. Mae&apos;r tab Testun yn eu dangos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This version is one text; the draft is now in Welsh and English. Restoring it makes the draft one text again. The Text tab shows it.</source>
        <translation>Un testun yw&apos;r fersiwn hon; mae&apos;r drafft yn Gymraeg ac yn Saesneg nawr. Bydd ei hadfer yn gwneud y drafft yn un testun eto. Mae&apos;r tab Testun yn ei ddangos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No changes to the Welsh text.</source>
        <translation>Dim newidiadau i&apos;r testun Cymraeg.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No changes to the English text.</source>
        <translation>Dim newidiadau i&apos;r testun Saesneg.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>removed since</source>
        <translation>wedi&apos;i dynnu ers hynny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added since</source>
        <translation>wedi&apos;i ychwanegu ers hynny</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>This is the text as it is now.</source>
        <translation>Dyma&apos;r testun fel y mae nawr.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+20"/>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <location filename="../../desktop/ui/images_view.py" line="+41"/>
        <source>Attached images</source>
        <translation>Delweddau wedi&apos;u hatodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach &amp;image…</source>
        <translation>Atodi &amp;delwedd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve image</source>
        <translation>&amp;Tynnu&apos;r ddelwedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt text for the selected image</source>
        <translation>Testun amgen ar gyfer y ddelwedd a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the image for people who can&apos;t see it</source>
        <translation>Disgrifiwch y ddelwedd i bobl sy&apos;n methu ei gweld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alt text:</source>
        <translation>Testun &amp;amgen:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No alt text yet</source>
        <translation>Dim testun amgen eto</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
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
        <location line="+25"/>
        <source>Attach an image</source>
        <translation>Atodi delwedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Delweddau (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop/ui/team_join_dialog.py" line="+19"/>
        <source>Join team</source>
        <translation>Ymuno â thîm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team database address</source>
        <translation>Cyfeiriad cronfa ddata&apos;r tîm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your user name</source>
        <translation>Eich enw defnyddiwr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for Windows (Kerberos) sign-in</source>
        <translation>Gadewch yn wag i fewngofnodi drwy Windows (Kerberos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation>C&amp;yfeiriad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by your organisation</source>
        <translation>Wedi&apos;i osod gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+240"/>
        <source>This isn&apos;t valid JSON: {problem} on line {line}.</source>
        <translation>Nid yw hwn yn JSON dilys: {problem} ar linell {line}.</translation>
    </message>
</context>
<context>
    <name>LinesField</name>
    <message>
        <location line="-224"/>
        <source>One per line</source>
        <translation>Un i bob llinell</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+64"/>
        <location line="+3"/>
        <location line="+312"/>
        <source>Crier</source>
        <translation>Crier</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Write or preview</source>
        <translation>Ysgrifennu neu ragweld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening your drafts…</source>
        <translation>Wrthi&apos;n agor eich drafftiau…</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/draft_actions.py" line="-86"/>
        <source>Moved %n draft(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Symudwyd %n drafft i&apos;r Sbwriel. Mae Ctrl+Z yn dod â nhw&apos;n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i&apos;r Sbwriel. Mae Ctrl+Z yn dod ag ef yn ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i&apos;r Sbwriel. Mae Ctrl+Z yn dod â nhw&apos;n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i&apos;r Sbwriel. Mae Ctrl+Z yn dod â nhw&apos;n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i&apos;r Sbwriel. Mae Ctrl+Z yn dod â nhw&apos;n ôl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Delete %n draft(s) in the Trash for good? This can&apos;t be undone.</source>
        <translation>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+73"/>
        <source>Queued. The Outbox shows its progress.</source>
        <translation>Yn y ciw. Mae&apos;r Blwch Allan yn dangos ei hynt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>About Crier</source>
        <translation>Ynghylch Crier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crier {version}
Draft, check and publish council social media posts.</source>
        <translation>Crier {version}
Drafftio, gwirio a chyhoeddi negeseuon cyfryngau cymdeithasol y cyngor.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your latest changes could not be saved ({problem}). Close anyway and lose them?</source>
        <translation>Doedd dim modd cadw eich newidiadau diweddaraf ({problem}). Cau beth bynnag a&apos;u colli?</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../desktop/ui/ops.py" line="+73"/>
        <source>Crier could not do that; the log has the details.</source>
        <translation>Doedd Crier ddim yn gallu gwneud hynny; mae&apos;r manylion yn y log.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox_model.py" line="+89"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override reason</source>
        <translation>Rheswm dros ddiystyru</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Waiting: the account needs connecting</source>
        <translation>Yn aros: mae angen cysylltu&apos;r cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for {when}</source>
        <translation>Wedi&apos;i hamserlennu ar gyfer {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: {network} can&apos;t be reached</source>
        <translation>Yn aros: does dim modd cyrraedd {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: your organisation&apos;s proxy asked for a sign-in</source>
        <translation>Yn aros: mae dirprwy (proxy) eich sefydliad wedi gofyn i chi fewngofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for its Welsh pair to go out</source>
        <translation>Yn aros i&apos;w phâr Cymraeg fynd allan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for its English pair</source>
        <translation>Yn aros am ei phâr Saesneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued behind post {post} of the same account</source>
        <translation>Yn y ciw y tu ôl i neges {post} o&apos;r un cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying at {when}</source>
        <translation>Rhoi cynnig arall am {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: ready to send</source>
        <translation>Yn y ciw: yn barod i&apos;w hanfon</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Queued</source>
        <comment>column: when the post was queued</comment>
        <translation>Amser ciwio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <comment>column: when the post was sent</comment>
        <translation>Amser anfon</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
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
        <location line="+2"/>
        <source>Sending part {i} of {n}</source>
        <translation>Wrthi&apos;n anfon rhan {i} o {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Yn y ciw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Wrthi&apos;n anfon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Diddymwyd</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Posted</source>
        <translation>Cyhoeddwyd</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="+32"/>
        <source>Outbox</source>
        <translation>Blwch Allan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send &amp;now</source>
        <translation>Anfon &amp;nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>&amp;Ailgynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit (back to drafts)</source>
        <translation>&amp;Golygu (yn ôl i&apos;r drafftiau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open post</source>
        <translation>Ag&amp;or y neges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y error</source>
        <translation>&amp;Copïo&apos;r gwall</translation>
    </message>
</context>
<context>
    <name>PeriodsField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+82"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A&amp;dd period</source>
        <translation>&amp;Ychwanegu cyfnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove period</source>
        <translation>&amp;Tynnu cyfnod</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Period {n} needs a name.</source>
        <translation>Mae angen enw ar gyfnod {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {start} to {end}</source>
        <translation>{name}: {start} i {end}</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../desktop/ui/post_dialog.py" line="+45"/>
        <source>Post</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>needs connecting; the post will wait in the outbox</source>
        <translation>angen ei gysylltu; bydd y neges yn aros yn y Blwch Allan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>can&apos;t be posted: {why}</source>
        <translation>methu cyhoeddi: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be fixed before posting</source>
        <translation>rhaid cywiro cyn cyhoeddi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs fixing, or a reason to post anyway</source>
        <translation>angen cywiro, neu reswm dros gyhoeddi beth bynnag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accounts to post to</source>
        <translation>Cyfrifon i gyhoeddi iddynt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send as soon as possible (now if online)</source>
        <translation>Anfon cyn gynted â phosibl (nawr os ydych ar-lein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule for:</source>
        <translation>Amserlennu ar gyfer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled time</source>
        <translation>Amser wedi&apos;i amserlennu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What must be fixed before posting</source>
        <translation>Beth sy&apos;n rhaid ei gywiro cyn cyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checks found what must be fixed before posting:</source>
        <translation>Mae&apos;r gwiriadau wedi canfod beth sy&apos;n rhaid ei gywiro cyn cyhoeddi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for posting anyway</source>
        <translation>Rheswm dros gyhoeddi beth bynnag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this should go out as it is (kept with the post)</source>
        <translation>Pam y dylai hon fynd allan fel y mae (caiff ei gadw gyda&apos;r neges)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for posting anyway:</source>
        <translation>&amp;Rheswm dros gyhoeddi beth bynnag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Post</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Post this draft to:</source>
        <translation>Cyhoeddi&apos;r drafft hwn i:</translation>
    </message>
</context>
<context>
    <name>Posting</name>
    <message>
        <location filename="../../desktop/ui/posting.py" line="+55"/>
        <location line="+3"/>
        <location line="+190"/>
        <source>Outbox</source>
        <translation>Blwch Allan</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Connection status</source>
        <translation>Statws y cysylltiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts waiting</source>
        <translation>Negeseuon yn aros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Post…</source>
        <translation>&amp;Cyhoeddi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts…</source>
        <translation>C&amp;yfrifon…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Blwch Allan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendr</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+25"/>
        <location line="+37"/>
        <source>Post</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>This draft is empty: write something first.</source>
        <translation>Mae&apos;r drafft hwn yn wag: ysgrifennwch rywbeth yn gyntaf.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connect an account first: Accounts (Ctrl+,) adds X, Bluesky, Mastodon or Facebook.</source>
        <translation>Cysylltwch gyfrif yn gyntaf: mae Cyfrifon (Ctrl+,) yn ychwanegu X, Bluesky, Mastodon neu Facebook.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too long for one post: goes as a thread of {n}</source>
        <translation>rhy hir i un neges: yn mynd fel edefyn o {n}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Already posted to {accounts} on {date} at {time} — post again?</source>
        <translation>Wedi&apos;i gyhoeddi i {accounts} ar {date} am {time} yn barod — ei gyhoeddi eto?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This draft has already been posted — post again?</source>
        <translation>Mae&apos;r drafft hwn wedi&apos;i gyhoeddi yn barod — ei gyhoeddi eto?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post again?</source>
        <translation>Cyhoeddi eto?</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n waiting to post</source>
        <translation>
            <numerusform>%n yn aros i&apos;w cyhoeddi</numerusform>
            <numerusform>%n yn aros i&apos;w cyhoeddi</numerusform>
            <numerusform>%n yn aros i&apos;w cyhoeddi</numerusform>
            <numerusform>%n yn aros i&apos;w cyhoeddi</numerusform>
            <numerusform>%n yn aros i&apos;w cyhoeddi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location filename="../../desktop/ui/preview.py" line="+54"/>
        <source>Preview</source>
        <extracomment>The council&apos;s settings, its accounts and their limits, read on the worker thread: a bilingual draft&apos;s preview shows what each account gets (a Welsh and an English account a pair, a bilingual one one post).</extracomment>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How each network will get this draft. A long post becomes a thread for that network&apos;s own limit; a line with only --- starts a new post everywhere threads exist (Facebook keeps one post).</source>
        <translation>Sut y bydd pob rhwydwaith yn cael y drafft hwn. Mae neges hir yn troi&apos;n edefyn yn ôl terfyn y rhwydwaith hwnnw; mae llinell sy&apos;n cynnwys --- yn unig yn dechrau neges newydd ym mhob man lle mae edafedd (mae Facebook yn cadw un neges).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Posts on each network</source>
        <translation>Negeseuon ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a network under the editor to see the post as it will appear.</source>
        <translation>Dewiswch rwydwaith o dan y golygydd i weld y neges fel y bydd yn ymddangos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network}, the Welsh account</source>
        <translation>{network}, y cyfrif Cymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}, the English account</source>
        <translation>{network}, y cyfrif Saesneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}, one bilingual post</source>
        <translation>{network}, un neges ddwyieithog</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+2"/>
        <source>none sent (the network detects it)</source>
        <translation>dim wedi&apos;i hanfon (mae&apos;r rhwydwaith yn ei chanfod)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n}/{limit} bytes</source>
        <translation>{n}/{limit} beit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post {i} of {n}</source>
        <translation>Neges {i} o {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Image {i}: {network} takes fewer images; this one won&apos;t be posted</source>
        <translation>Delwedd {i}: mae {network} yn derbyn llai o ddelweddau; ni fydd hon yn cael ei chyhoeddi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image {i}: {alt}</source>
        <translation>Delwedd {i}: {alt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image {i}: no alt text yet</source>
        <translation>Delwedd {i}: dim testun amgen eto</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="+53"/>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y Cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Camu i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Camu i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-18"/>
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Cadw&apos;r Cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;Cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r C&amp;yfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Atal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y dd&amp;olen</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="-197"/>
        <source>Reschedule post</source>
        <translation>Newid amser y neges</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send it at:</source>
        <translation>&amp;Ei hanfon am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send it at</source>
        <translation>Ei hanfon am</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="-116"/>
        <source>Now · Welsh and English: {start}</source>
        <extracomment>(removed, added) text colours: 4.5:1 or more on a light and on a dark text background.</extracomment>
        <translation>Nawr · Cymraeg a Saesneg: {start}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Now · %n characters</source>
        <translation>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{when} · Welsh and English: {start}</source>
        <translation>{when} · Cymraeg a Saesneg: {start}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../../desktop/ui/setting_fields.py" line="+26"/>
        <source>Checks to run</source>
        <translation>Gwiriadau i&apos;w rhedeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick a check to turn it off. Ticked checks look at every draft as you type.</source>
        <translation>Dad-diciwch wiriad i&apos;w ddiffodd. Mae&apos;r gwiriadau sydd wedi&apos;u ticio yn edrych ar bob drafft wrth i chi deipio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set by your organisation.</source>
        <translation>Wedi&apos;i osod gan eich sefydliad.</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <location line="-444"/>
        <source>From your organisation (can&apos;t be removed here):</source>
        <translation>Gan eich sefydliad (does dim modd eu tynnu yma):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{setting}, from your organisation</source>
        <translation>{setting}, gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read only: your organisation set these entries.</source>
        <translation>Darllen yn unig: eich sefydliad osododd y cofnodion hyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own, which you can change:</source>
        <translation>Eich rhai chi, y gallwch eu newid:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by your organisation</source>
        <translation>Wedi&apos;i osod gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Set by your organisation.</source>
        <translation>Wedi&apos;i osod gan eich sefydliad.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="+124"/>
        <source>Settings</source>
        <extracomment>Settings whose prefix would put them where nobody looks for them.</extracomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings sections</source>
        <translation>Adrannau&apos;r gosodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hecks</source>
        <translation>&amp;Gwiriadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Posting</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts &amp;&amp; apps</source>
        <translation>C&amp;yfrifon ac apiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Rhwydwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>Copïau &amp;wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ther</source>
        <translation>&amp;Arall</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem saving settings</source>
        <translation>Problem wrth gadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Please check: {settings}. Nothing has been saved yet.</source>
        <translation>Gwiriwch: {settings}. Does dim wedi&apos;i gadw eto.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="+72"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Gorchymyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
</context>
<context>
    <name>SideEditor</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="-49"/>
        <source>Counts for {side}</source>
        <translation>Cyfrifon ar gyfer {side}</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop/ui/spelling.py" line="+163"/>
        <source>No suggestions</source>
        <translation>Dim awgrymiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Ychwanegu “{word}” at y geiriadur</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="+162"/>
        <source>No account connected</source>
        <translation>Dim cyfrif wedi&apos;i gysylltu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{network} can&apos;t be reached; %n posts wait for it</source>
        <translation>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} can&apos;t be reached</source>
        <translation>Does dim modd cyrraedd {network}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A post needs attention</source>
        <translation>Mae angen sylw ar neges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account needs signing in</source>
        <translation>Mae angen mewngofnodi i gyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts for it wait in the outbox until you connect it again (Accounts, Ctrl+,).</source>
        <translation>Bydd negeseuon ar ei gyfer yn aros yn y Blwch Allan nes i chi ei gysylltu eto (Cyfrifon, Ctrl+,).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back online</source>
        <translation>Yn ôl ar-lein</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) from the outbox have gone out.</source>
        <translation>
            <numerusform>Mae %n neges o&apos;r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o&apos;r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o&apos;r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o&apos;r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o&apos;r Blwch Allan wedi mynd allan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/ui/team_model.py" line="+22"/>
        <location line="+4"/>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not sent to the team yet</source>
        <translation>Heb gyrraedd y tîm eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>Yn aros am adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resubmitted for review</source>
        <translation>Ailgyflwynwyd i&apos;w adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Gofynnwyd am newidiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued to post</source>
        <translation>Yn y ciw i&apos;w gyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wrthi&apos;n anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Diddymwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>submitted it</source>
        <translation>wedi cyflwyno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resubmitted it</source>
        <translation>wedi ailgyflwyno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved it</source>
        <translation>wedi cymeradwyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked for changes</source>
        <translation>wedi gofyn am newidiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commented</source>
        <translation>wedi ychwanegu sylw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited it</source>
        <translation>wedi golygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited it at the same time as someone else</source>
        <translation>wedi golygu ar yr un pryd â rhywun arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent it back for review</source>
        <translation>wedi&apos;i anfon yn ôl i&apos;w adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued it to post</source>
        <translation>wedi&apos;i roi yn y ciw i&apos;w gyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started sending it</source>
        <translation>wedi dechrau ei anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent it</source>
        <translation>wedi&apos;i anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took over sending it</source>
        <translation>wedi cymryd yr awenau i&apos;w anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled it</source>
        <translation>wedi&apos;i ddiddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found it needs attention</source>
        <translation>wedi canfod bod angen sylw arno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posted it without approval</source>
        <translation>wedi&apos;i gyhoeddi heb gymeradwyaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved it; it waits for its pair to be approved</source>
        <translation>wedi cymeradwyo; mae&apos;n aros i&apos;w phâr gael ei gymeradwyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted it (retention period)</source>
        <translation>wedi&apos;i ddileu (cyfnod cadw)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Cyflwynwyd</translation>
    </message>
</context>
<context>
    <name>TeamArea</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="+331"/>
        <location line="+3"/>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;eam</source>
        <translation>Tî&amp;m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join team…</source>
        <translation>&amp;Ymuno â thîm…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team connection</source>
        <translation>Cysylltiad y tîm</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Team: connected</source>
        <translation>Tîm: wedi cysylltu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: connected, {n} changes to send</source>
        <translation>Tîm: wedi cysylltu, {n} newid i&apos;w hanfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: offline, {n} changes to send</source>
        <translation>Tîm: all-lein, {n} newid i&apos;w hanfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: offline</source>
        <translation>Tîm: all-lein</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approved; it is queued to post.</source>
        <translation>Wedi&apos;i gymeradwyo; mae yn y ciw i&apos;w gyhoeddi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent back to its author for changes.</source>
        <translation>Wedi&apos;i anfon yn ôl at ei awdur i&apos;w newid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment added.</source>
        <translation>Sylw wedi&apos;i ychwanegu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved on this PC; it is sent when connected.</source>
        <translation>Wedi&apos;i gadw ar y cyfrifiadur hwn; caiff ei anfon pan fydd wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Joined team {team} as a team {role}.</source>
        <translation>Wedi ymuno â&apos;r tîm {team} fel {role} y tîm.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location line="-399"/>
        <source>This PC has not joined a team. Join with your team user name and password.</source>
        <translation>Nid yw&apos;r cyfrifiadur hwn wedi ymuno â thîm. Ymunwch gyda&apos;ch enw defnyddiwr a&apos;ch cyfrinair tîm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join team…</source>
        <translation>&amp;Ymuno â thîm…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To review</source>
        <translation>I&apos;w adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My submissions</source>
        <translation>Fy nghyflwyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which submissions</source>
        <translation>Pa gyflwyniadau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submissions</source>
        <translation>Cyflwyniadau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Submitted text</source>
        <translation>Testun a gyflwynwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Comments</source>
        <translation>Sylwadau</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Note or comment</source>
        <translation>Nodyn neu sylw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment, or a note with your decision</source>
        <translation>Sylw, neu nodyn gyda&apos;ch penderfyniad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment</source>
        <translation>&amp;Sylw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request c&amp;hanges</source>
        <translation>Gofyn am &amp;newidiadau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team message</source>
        <translation>Neges y tîm</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>To review ({n})</source>
        <translation>I&apos;w adolygu ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My submissions ({n})</source>
        <translation>Fy nghyflwyniadau ({n})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to show here.</source>
        <translation>Dim byd i&apos;w ddangos yma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{state} · {account} · by {author} · {when}</source>
        <translation>{state} · {account} · gan {author} · {when}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No comments yet.</source>
        <translation>Dim sylwadau eto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This submission is on this PC only; it goes to the team when connected.</source>
        <translation>Mae&apos;r cyflwyniad hwn ar y cyfrifiadur hwn yn unig; bydd yn mynd i&apos;r tîm pan fydd wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history is shown when connected.</source>
        <translation>Dangosir yr hanes pan fydd wedi cysylltu.</translation>
    </message>
</context>
<context>
    <name>TermsField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+161"/>
        <source>One per line: &quot;word = suggestion&quot;, or just &quot;word&quot;</source>
        <translation>Un i bob llinell: &quot;gair = awgrym&quot;, neu &quot;gair&quot; yn unig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line: &quot;word = suggestion&quot;</source>
        <translation>Un i bob llinell: &quot;gair = awgrym&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line {n} has no word before the &quot;=&quot;.</source>
        <translation>Does dim gair cyn yr &quot;=&quot; ar linell {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {n} repeats &quot;{term}&quot;.</source>
        <translation>Mae llinell {n} yn ailadrodd &quot;{term}&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {n} needs a suggestion after &quot;=&quot;, like &quot;{term} = better word&quot;.</source>
        <translation>Mae angen awgrym ar ôl &quot;=&quot; ar linell {n}, fel &quot;{term} = gair gwell&quot;.</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location line="-176"/>
        <source>Clear {setting}</source>
        <translation>Clirio {setting}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="+73"/>
        <source>&amp;New draft</source>
        <translation>Drafft &amp;newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate draft</source>
        <translation>&amp;Dyblygu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Fersiynau cynharach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Canfod…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Symud i&apos;r Sbwriel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from &amp;Trash</source>
        <translation>Ad&amp;fer o&apos;r Sbwriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Gwagio&apos;r Sbwriel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sp&amp;lit into thread</source>
        <translation>Rhannu&apos;n &amp;edefyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>G&amp;osodiadau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>Go&amp;lwg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Drafts</source>
        <translation>&amp;Drafftiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trash</source>
        <translation>&amp;Sbwriel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Preview on each network</source>
        <translation>&amp;Rhagolwg ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crier &amp;user guide</source>
        <translation>&amp;Canllaw defnyddwyr Crier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Crier</source>
        <translation>&amp;Ynghylch Crier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide could not be opened. It is at {path}</source>
        <translation>Doedd dim modd agor y canllaw defnyddwyr. Mae i&apos;w gael yn {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search box</source>
        <translation>Blwch chwilio</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+127"/>
        <source>Crier could not open your drafts database. The log has the details; please send it to IT.</source>
        <translation>Doedd Crier ddim yn gallu agor cronfa ddata eich drafftiau. Mae&apos;r manylion yn y ffeil log; anfonwch hi at TG.</translation>
    </message>
</context>
<context>
    <name>checks_view</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+247"/>
        <source>Over the {network} limit</source>
        <translation>Dros derfyn {network}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="+306"/>
        <source>Suggestion: {s}</source>
        <extracomment>`crier queue` turns a long text into a thread of up to this many posts by itself; more needs --thread.</extracomment>
        <translation>Awgrym: {s}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found.</source>
        <translation>Dim problemau wedi&apos;u canfod.</translation>
    </message>
</context>
<context>
    <name>core.checks</name>
    <message>
        <location filename="../../desktop/core/bilingual.py" line="+169"/>
        <source>The Welsh text is empty: a bilingual post needs both languages.</source>
        <extracomment>The key in an account&apos;s settings JSON holding its language mode. Below this ratio of the shorter side&apos;s length to the longer&apos;s, a bilingual draft gets a warning.</extracomment>
        <translation>Mae&apos;r testun Cymraeg yn wag: mae angen y ddwy iaith ar neges ddwyieithog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The English text is empty: a bilingual post needs both languages.</source>
        <translation>Mae&apos;r testun Saesneg yn wag: mae angen y ddwy iaith ar neges ddwyieithog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Welsh text is much shorter than the English ({short} to {long} characters, ratio {ratio}): is something left out?</source>
        <translation>Mae&apos;r testun Cymraeg yn llawer byrrach na&apos;r Saesneg ({short} nod i {long}, cymhareb {ratio}): oes rhywbeth ar goll?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The English text is much shorter than the Welsh ({short} to {long} characters, ratio {ratio}): is something left out?</source>
        <translation>Mae&apos;r testun Saesneg yn llawer byrrach na&apos;r Cymraeg ({short} nod i {long}, cymhareb {ratio}): oes rhywbeth ar goll?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{word}” looks English, in the Welsh text.</source>
        <translation>Mae “{word}” yn edrych fel Saesneg, yn y testun Cymraeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}” looks Welsh, in the English text.</source>
        <translation>Mae “{word}” yn edrych fel Cymraeg, yn y testun Saesneg.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/checks.py" line="+130"/>
        <source>Image {n} has no description (alt text) for screen readers.</source>
        <translation>Does dim disgrifiad (testun amgen) ar gyfer darllenwyr sgrin gan ddelwedd {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/posting.py" line="+181"/>
        <source>A part is still too long for {network} after splitting.</source>
        <translation>Mae un rhan yn dal yn rhy hir i {network} ar ôl ei rhannu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/election.py" line="+76"/>
        <source>It&apos;s the {period} pre-election period (until {until}): posts mustn&apos;t name councillors, candidates or parties. Check with your elections or communications lead.</source>
        <translation>Mae&apos;n gyfnod cyn etholiad {period} (tan {until}): rhaid i negeseuon beidio ag enwi cynghorwyr, ymgeiswyr na phleidiau. Holwch eich arweinydd etholiadau neu gyfathrebu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It&apos;s the {period} pre-election period (until {until}): avoid promoting the council&apos;s achievements or its politicians. Stick to facts residents need.</source>
        <translation>Mae&apos;n gyfnod cyn etholiad {period} (tan {until}): peidiwch â hyrwyddo llwyddiannau&apos;r cyngor na&apos;i wleidyddion. Cadwch at y ffeithiau sydd eu hangen ar drigolion.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/emoji.py" line="+71"/>
        <source>{count} emoji: use {most} at most. Screen readers read out the name of every one.</source>
        <translation>{count} emoji: defnyddiwch {most} ar y mwyaf. Mae darllenwyr sgrin yn darllen enw pob un yn uchel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An emoji in the middle of a sentence is read out by screen readers (&quot;{name}&quot;): write the word, or move the emoji to the end.</source>
        <translation>Mae darllenwyr sgrin yn darllen emoji yng nghanol brawddeg yn uchel (&quot;{name}&quot;): ysgrifennwch y gair, neu symudwch yr emoji i&apos;r diwedd.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/hashtags.py" line="+98"/>
        <source>Screen readers read #{tag} as one long word: capitalise each word so it&apos;s read as &quot;{words}&quot;.</source>
        <translation>Mae darllenwyr sgrin yn darllen #{tag} fel un gair hir: rhowch briflythyren i bob gair fel ei fod yn cael ei ddarllen fel &quot;{words}&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{count} hashtags: use {most} at most. More look like spam, and screen readers read every one.</source>
        <translation>{count} hashnod: defnyddiwch {most} ar y mwyaf. Mae rhagor yn edrych fel sbam, ac mae darllenwyr sgrin yn darllen pob un.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/hostility.py" line="+56"/>
        <source>&quot;{phrase}&quot; can sound like arguing with or talking down to residents: try &quot;{kinder}&quot;.</source>
        <translation>Gall &quot;{phrase}&quot; swnio fel dadlau â thrigolion neu siarad i lawr â nhw: rhowch gynnig ar &quot;{kinder}&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{phrase}&quot; can sound like arguing with or talking down to residents. Keep it calm and helpful.</source>
        <translation>Gall &quot;{phrase}&quot; swnio fel dadlau â thrigolion neu siarad i lawr â nhw. Cadwch yn bwyllog ac yn gymwynasgar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This reads as hostile or blaming ({words}). A council never argues with residents: say what you need people to do, calmly.</source>
        <translation>Mae hyn yn darllen fel rhywbeth gelyniaethus neu feius ({words}). Dydy cyngor byth yn dadlau â thrigolion: dywedwch yn bwyllog beth sydd ei angen i bobl ei wneud.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/length.py" line="+31"/>
        <source>Too long for {network} by 1 character: shorten it.</source>
        <translation>Rhy hir i {network} o 1 nod: byrhewch y neges.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long for {network} by {n} characters: shorten it.</source>
        <translation>Rhy hir i {network} o {n} nod: byrhewch y neges.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too big for {network} by 1 byte (emoji and accents take several): shorten it.</source>
        <translation>Rhy fawr i {network} o 1 beit (mae emoji ac acenion yn cymryd sawl un): byrhewch y neges.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too big for {network} by {n} bytes (emoji and accents take several): shorten it.</source>
        <translation>Rhy fawr i {network} o {n} beit (mae emoji ac acenion yn cymryd sawl un): byrhewch y neges.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/links.py" line="+47"/>
        <source>This link isn&apos;t secure (http://): browsers warn about it. Use the https:// address.</source>
        <translation>Dydy&apos;r ddolen hon ddim yn ddiogel (http://): mae porwyr yn rhybuddio amdani. Defnyddiwch y cyfeiriad https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Residents can&apos;t see where a shortened link goes, and scams use them: link to {domain} so they can see it&apos;s really the council.</source>
        <translation>Dydy trigolion ddim yn gallu gweld i ble mae dolen fyrrach yn mynd, ac mae sgamiau&apos;n eu defnyddio: rhowch ddolen i {domain} fel eu bod yn gweld mai&apos;r cyngor sydd yno go iawn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residents can&apos;t see where a shortened link goes, and scams use them: link to the full address on the council&apos;s own website so they can see it&apos;s really the council.</source>
        <translation>Dydy trigolion ddim yn gallu gweld i ble mae dolen fyrrach yn mynd, ac mae sgamiau&apos;n eu defnyddio: rhowch ddolen i&apos;r cyfeiriad llawn ar wefan y cyngor ei hun fel eu bod yn gweld mai&apos;r cyngor sydd yno go iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/personal.py" line="+79"/>
        <source>This looks like a person&apos;s email address. Take it out, or give a team&apos;s address instead (such as enquiries@…). If it is the council&apos;s own published address, add it to &quot;Contact details that may be posted&quot; in Settings.</source>
        <extracomment>What to do about each kind, in its own words. Only an email address or a phone number can be the council&apos;s own published contact, so only those point at the allowed contact details; an identifier never does.</extracomment>
        <translation>Mae hwn yn edrych fel cyfeiriad e-bost person. Tynnwch ef allan, neu rhowch gyfeiriad tîm yn ei le (fel ymholiadau@…). Os mai cyfeiriad cyhoeddedig y cyngor ei hun yw e, ychwanegwch ef at &quot;Manylion cyswllt y cewch eu cyhoeddi&quot; yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This looks like a personal phone number. Take it out, or give the council&apos;s contact number instead. If it is the council&apos;s own published number, add it to &quot;Contact details that may be posted&quot; in Settings.</source>
        <translation>Mae hwn yn edrych fel rhif ffôn personol. Tynnwch ef allan, neu rhowch rif cyswllt y cyngor yn ei le. Os mai rhif cyhoeddedig y cyngor ei hun yw e, ychwanegwch ef at &quot;Manylion cyswllt y cewch eu cyhoeddi&quot; yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This looks like a National Insurance number, which identifies one person and must never be posted. Take it out.</source>
        <translation>Mae hwn yn edrych fel rhif Yswiriant Gwladol, sy&apos;n dynodi un person a rhaid peidio byth â&apos;i gyhoeddi. Tynnwch ef allan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like a vehicle registration, which can identify its owner. Take it out, or describe the vehicle instead (such as &quot;a white van&quot;).</source>
        <translation>Mae hwn yn edrych fel rhif cofrestru cerbyd, a all ddynodi ei berchennog. Tynnwch ef allan, neu disgrifiwch y cerbyd yn ei le (fel &quot;fan wen&quot;).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/profanity.py" line="+96"/>
        <source>Swearing (even disguised) has no place on a council account: take it out.</source>
        <translation>Does dim lle i regi (hyd yn oed wedi&apos;i guddio) ar gyfrif cyngor: tynnwch ef allan.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/readability.py" line="+139"/>
        <source>Reading age over {age}: aim for {target} or under. Shorter sentences and everyday words help (this sentence is the hardest).</source>
        <extracomment>How far above the target the age can go before the finding is a warning rather than a note. Beyond this the formula&apos;s number means nothing to a reader (&quot;reading age 31&quot;), so it says &quot;over 18&quot;.</extracomment>
        <translation>Oed darllen dros {age}: anelwch at {target} neu lai. Mae brawddegau byrrach a geiriau bob dydd yn helpu (y frawddeg hon yw&apos;r anoddaf).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading age about {age}: aim for {target} or under. Shorter sentences and everyday words help (this sentence is the hardest).</source>
        <translation>Oed darllen tua {age}: anelwch at {target} neu lai. Mae brawddegau byrrach a geiriau bob dydd yn helpu (y frawddeg hon yw&apos;r anoddaf).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/style.py" line="+151"/>
        <source>Capitals read as shouting, and screen readers may spell them out letter by letter: write it in lower case.</source>
        <extracomment>Words of this many letters count towards a shouted run (&quot;PLEASE DO NOT&quot;: PLEASE and NOT). Words that belong to a council&apos;s name next to a place: &quot;POWYS COUNTY COUNCIL&quot; → &quot;Powys County Council&quot;.</extracomment>
        <translation>Mae priflythrennau&apos;n darllen fel gweiddi, a gall darllenwyr sgrin eu sillafu fesul llythyren: ysgrifennwch mewn llythrennau bach.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;{mark}&quot; reads as over-excited or cross: use one mark at most.</source>
        <translation>Mae &quot;{mark}&quot; yn darllen fel gor-gyffro neu dymer: defnyddiwch un nod ar y mwyaf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>More than one exclamation mark in a post reads as over-excited: keep one at most.</source>
        <translation>Mae mwy nag un ebychnod mewn neges yn darllen fel gor-gyffro: cadwch at un ar y mwyaf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This sentence is {words} words long: keep sentences to {most} words or fewer so they are easy to follow on a phone.</source>
        <translation>Mae&apos;r frawddeg hon yn {words} gair o hyd: cadwch frawddegau i {most} gair neu lai fel eu bod yn hawdd eu dilyn ar ffôn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/wording.py" line="+48"/>
        <source>&quot;{word}&quot; is jargon: &quot;{suggestion}&quot; is plainer.</source>
        <translation>Jargon yw &quot;{word}&quot;: mae &quot;{suggestion}&quot; yn symlach.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{word}&quot; is dated or can exclude people: say &quot;{suggestion}&quot;.</source>
        <translation>Mae &quot;{word}&quot; yn hen ffasiwn neu gall gau pobl allan: dywedwch &quot;{suggestion}&quot;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;{word}&quot; is on your organisation&apos;s list of words to avoid: use &quot;{suggestion}&quot; instead.</source>
        <translation>Mae &quot;{word}&quot; ar restr eich sefydliad o eiriau i&apos;w hosgoi: defnyddiwch &quot;{suggestion}&quot; yn ei le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{word}&quot; is on your organisation&apos;s list of words to avoid.</source>
        <translation>Mae &quot;{word}&quot; ar restr eich sefydliad o eiriau i&apos;w hosgoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>House style is &quot;{suggestion}&quot;, not &quot;{word}&quot;.</source>
        <translation>Arddull y sefydliad yw &quot;{suggestion}&quot;, nid &quot;{word}&quot;.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Placeholder left in: fill in &quot;{text}&quot; before posting.</source>
        <translation>Dalfan ar ôl yn y testun: llenwch &quot;{text}&quot; cyn cyhoeddi.</translation>
    </message>
</context>
<context>
    <name>core.networks</name>
    <message>
        <location filename="../../desktop/core/networks/bluesky/descriptor.py" line="+21"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an app password, never the account&apos;s main password: in Bluesky open Settings → Privacy and security → App passwords, add one for Crier and paste it here (it looks like xxxx-xxxx-xxxx-xxxx).</source>
        <translation>Defnyddiwch gyfrinair ap, byth prif gyfrinair y cyfrif: yn Bluesky agorwch Settings → Privacy and security → App passwords, ychwanegwch un ar gyfer Crier a&apos;i ludo yma (mae&apos;n edrych fel xxxx-xxxx-xxxx-xxxx).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handle</source>
        <translation>Dolen enw (handle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. yourcouncil.bsky.social</source>
        <translation>e.e. eichcyngor.bsky.social</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App password</source>
        <translation>Cyfrinair ap</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/core/networks/mastodon/descriptor.py" line="+30"/>
        <source>Server</source>
        <translation>Gweinydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave empty for bsky.social</source>
        <translation>gadewch yn wag ar gyfer bsky.social</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/descriptor.py" line="+23"/>
        <source>Facebook Page</source>
        <translation>Tudalen Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a Page access token for the council&apos;s Page (from Meta Business Suite or the Graph API Explorer with the council&apos;s app; a long-lived or system-user token keeps working unattended).</source>
        <translation>Gludwch docyn mynediad Tudalen ar gyfer Tudalen y cyngor (o Meta Business Suite neu Graph API Explorer gydag ap y cyngor; mae tocyn hirhoedlog neu docyn defnyddiwr system yn dal i weithio heb neb wrth law).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page ID</source>
        <translation>ID y Dudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional when the token is the Page&apos;s own</source>
        <translation>dewisol pan mai tocyn y Dudalen ei hun yw&apos;r tocyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page access token</source>
        <translation>Tocyn mynediad y Dudalen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/mastodon/descriptor.py" line="-9"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On your Mastodon server open Preferences → Development → New application, allow read and write, and paste the access token here.</source>
        <translation>Ar eich gweinydd Mastodon agorwch Preferences → Development → New application, caniatewch read a write, a gludwch y tocyn mynediad yma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. mastodon.social or social.yourcouncil.gov.uk</source>
        <translation>e.e. mastodon.social neu social.eichcyngor.gov.uk</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/core/networks/x/descriptor.py" line="+42"/>
        <source>Access token</source>
        <translation>Tocyn mynediad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/descriptor.py" line="-19"/>
        <source>X (sign in with the browser)</source>
        <translation>X (mewngofnodi â&apos;r porwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your browser opens X&apos;s sign-in page. Sign in as the council&apos;s account and choose Authorize app; Crier then finishes by itself. The app is your council&apos;s own X developer app.</source>
        <translation>Mae eich porwr yn agor tudalen mewngofnodi X. Mewngofnodwch fel cyfrif y cyngor a dewiswch Authorize app; yna mae Crier yn gorffen ar ei ben ei hun. Ap datblygwr X eich cyngor ei hun yw&apos;r ap.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>X (paste the app&apos;s keys)</source>
        <translation>X (gludo allweddi&apos;r ap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the council&apos;s X developer app (Keys and tokens), paste the API key and secret and the access token and secret made for the account.</source>
        <translation>O ap datblygwr X y cyngor (Keys and tokens), gludwch yr allwedd API a&apos;i chyfrinach a&apos;r tocyn mynediad a&apos;i gyfrinach a wnaed ar gyfer y cyfrif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>Allwedd API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key secret</source>
        <translation>Cyfrinach yr allwedd API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access token secret</source>
        <translation>Cyfrinach y tocyn mynediad</translation>
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <location filename="../../desktop/core/posting.py" line="-43"/>
        <source>Image description</source>
        <extracomment>The longest text Crier takes as a post: a little over the longest any network accepts (Facebook&apos;s). The longest thread Crier will queue; a text needing more is a document, not a post. The error rules that stop a post, in the order findings are listed (&quot;alt-text&quot; is an image with no description; the others are tone rules of severity &quot;error&quot;), and the setting, lockable by machine policy, listing which of them a person may override with a reason.</extracomment>
        <translation>Disgrifiad delwedd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/checker.py" line="+32"/>
        <source>Too long</source>
        <translation>Rhy hir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer than a network this post is going to allows.</source>
        <translation>Yn hwy nag y mae rhwydwaith y mae&apos;r neges hon yn mynd iddo yn ei ganiatáu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placeholders left in</source>
        <translation>Dalfannau ar ôl yn y testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TBC, TODO, XXX, [insert link], lorem ipsum and other text meant to be filled in later.</source>
        <translation>TBC, TODO, XXX, [insert link], lorem ipsum a thestun arall sydd i fod i gael ei lenwi&apos;n nes ymlaen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal data</source>
        <translation>Data personol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person&apos;s email address or phone number, a National Insurance number or a vehicle registration. The council&apos;s own published contact details can be allowed in Settings.</source>
        <translation>Cyfeiriad e-bost neu rif ffôn person, rhif Yswiriant Gwladol neu rif cofrestru cerbyd. Gellir caniatáu manylion cyswllt cyhoeddedig y cyngor ei hun yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swearing</source>
        <translation>Rhegi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swear words, including disguised ones like f*ck or sh1t. Place names such as Scunthorpe are fine.</source>
        <translation>Rhegfeydd, gan gynnwys rhai wedi&apos;u cuddio fel f*ck neu sh1t. Mae enwau lleoedd fel Scunthorpe yn iawn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hostile or blaming tone</source>
        <translation>Tôn elyniaethus neu feius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words and phrases that argue with, blame or talk down to residents (&quot;as we have repeatedly told you&quot;, &quot;it&apos;s not rocket science&quot;).</source>
        <translation>Geiriau ac ymadroddion sy&apos;n dadlau â thrigolion, yn eu beio neu&apos;n siarad i lawr â nhw (&quot;fel rydyn ni wedi dweud wrthych dro ar ôl tro&quot;, &quot;dydy e ddim yn wyddoniaeth roced&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pre-election period</source>
        <translation>Cyfnod cyn etholiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a pre-election period set in Settings: naming councillors, candidates or parties, or promoting the council&apos;s achievements.</source>
        <translation>Yn ystod cyfnod cyn etholiad a osodwyd yn y Gosodiadau: enwi cynghorwyr, ymgeiswyr neu bleidiau, neu hyrwyddo llwyddiannau&apos;r cyngor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Capitals</source>
        <translation>Priflythrennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in capitals other than acronyms like NHS or CCTV. They read as shouting and screen readers may spell them out.</source>
        <translation>Geiriau mewn priflythrennau heblaw acronymau fel GIG neu CCTV. Maen nhw&apos;n darllen fel gweiddi a gall darllenwyr sgrin eu sillafu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exclamation marks</source>
        <translation>Ebychnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one exclamation mark, or !! and ?!, which read as over-excited or cross.</source>
        <translation>Mwy nag un ebychnod, neu !! a ?!, sy&apos;n darllen fel gor-gyffro neu dymer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inclusive language</source>
        <translation>Iaith gynhwysol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated or excluding terms such as &quot;the elderly&quot; or &quot;wheelchair-bound&quot;, with the form to use instead.</source>
        <translation>Termau hen ffasiwn neu sy&apos;n cau pobl allan fel &quot;the elderly&quot; neu &quot;wheelchair-bound&quot;, gyda&apos;r ffurf i&apos;w defnyddio yn eu lle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plain English</source>
        <translation>Saesneg Clir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GOV.UK words to avoid and council jargon (utilise, facilitate, going forward), with a plainer word.</source>
        <translation>Geiriau i&apos;w hosgoi yn ôl GOV.UK a jargon cynghorau (utilise, facilitate, going forward), gyda gair symlach.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading age</source>
        <translation>Oed darllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts that need a higher reading age than your target. GOV.UK writes for a reading age of 9.</source>
        <translation>Negeseuon sydd angen oed darllen uwch na&apos;ch targed. Mae GOV.UK yn ysgrifennu ar gyfer oed darllen 9.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Long sentences</source>
        <translation>Brawddegau hir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences over {n} words.</source>
        <translation>Brawddegau dros {n} gair.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hashtag capitals</source>
        <translation>Priflythrennau hashnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtags of several words in lower case: #RoadClosure, not #roadclosure, so screen readers can read them.</source>
        <translation>Hashnodau o sawl gair mewn llythrennau bach: #CauFfordd, nid #cauffordd, fel bod darllenwyr sgrin yn gallu eu darllen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too many hashtags</source>
        <translation>Gormod o hashnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than {n} hashtags.</source>
        <translation>Mwy na {n} hashnod.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than {n} emoji, or an emoji in the middle of a sentence. Screen readers read out each one&apos;s name.</source>
        <translation>Mwy na {n} emoji, neu emoji yng nghanol brawddeg. Mae darllenwyr sgrin yn darllen enw pob un yn uchel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insecure links</source>
        <translation>Dolenni anniogel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links starting http:// instead of https://.</source>
        <translation>Dolenni sy&apos;n dechrau â http:// yn lle https://.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shortened links</source>
        <translation>Dolenni byrrach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bit.ly and other link shorteners, which hide where a link goes.</source>
        <translation>bit.ly a byrhawyr dolenni eraill, sy&apos;n cuddio i ble mae dolen yn mynd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your organisation&apos;s words</source>
        <translation>Geiriau eich sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words your organisation has banned or has a house style for (set in Settings or by IT).</source>
        <translation>Geiriau y mae eich sefydliad wedi&apos;u gwahardd neu sydd ag arddull y sefydliad ar eu cyfer (wedi&apos;u gosod yn y Gosodiadau neu gan TG).</translation>
    </message>
</context>
<context>
    <name>core.settings</name>
    <message>
        <location filename="../../desktop/core/setting_specs.py" line="+425"/>
        <source>X app client ID</source>
        <translation>ID cleient ap X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth 2.0 client ID of the council&apos;s X developer app.</source>
        <translation>ID cleient OAuth 2.0 ap datblygwr X y cyngor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X app consumer key</source>
        <translation>Allwedd defnyddiwr ap X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth 1.0a consumer key (API key) of the council&apos;s X developer app. Never put the consumer secret here: secrets are kept in the system keyring.</source>
        <translation>Allwedd defnyddiwr OAuth 1.0a (allwedd API) ap datblygwr X y cyngor. Peidiwch byth â rhoi cyfrinach y defnyddiwr yma: caiff cyfrinachau eu cadw yng nghylch allweddi&apos;r system.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>X API address</source>
        <translation>Cyfeiriad API X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of the X API. Change it only if your network routes X through a gateway.</source>
        <translation>Cyfeiriad API X. Newidiwch ef dim ond os yw eich rhwydwaith yn anfon X drwy borth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facebook app ID</source>
        <translation>ID ap Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app ID of the council&apos;s Facebook app, used to post to Facebook Pages.</source>
        <translation>ID ap Facebook y cyngor, a ddefnyddir i gyhoeddi ar Dudalennau Facebook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks allowed</source>
        <translation>Rhwydweithiau a ganiateir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The social networks staff may draft for and post to.</source>
        <translation>Y rhwydweithiau cymdeithasol y caiff staff ddrafftio ar eu cyfer a chyhoeddi arnynt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tone checks turned off</source>
        <translation>Gwiriadau tôn wedi&apos;u diffodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tone checks you have turned off.</source>
        <translation>Y gwiriadau tôn rydych chi wedi&apos;u diffodd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target reading age</source>
        <translation>Oed darllen targed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts written for an older reading age than this are flagged.</source>
        <translation>Caiff negeseuon a ysgrifennwyd ar gyfer oed darllen hŷn na hwn eu nodi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words to avoid</source>
        <translation>Geiriau i&apos;w hosgoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words or phrases the checks point out. Give each a better word to suggest, or none if it should just be flagged.</source>
        <translation>Geiriau neu ymadroddion y mae&apos;r gwiriadau&apos;n tynnu sylw atynt. Rhowch air gwell i&apos;w awgrymu ar gyfer pob un, neu ddim os mai dim ond eu nodi sydd ei angen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>House style spellings</source>
        <translation>Sillafu arddull y sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spellings to correct to the council&apos;s house style, e.g. &quot;e-mail&quot; to &quot;email&quot;.</source>
        <translation>Sillafiadau i&apos;w cywiro i arddull y cyngor, e.e. &quot;e-bost&quot; yn lle &quot;ebost&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details that may be posted</source>
        <translation>Manylion cyswllt y cewch eu cyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers, email addresses and similar details that are fine to publish (e.g. the council&apos;s contact centre), so the personal data check doesn&apos;t flag them.</source>
        <translation>Rhifau ffôn, cyfeiriadau e-bost a manylion tebyg sy&apos;n iawn i&apos;w cyhoeddi (e.e. canolfan gyswllt y cyngor), fel nad yw&apos;r gwiriad data personol yn eu nodi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre-election periods</source>
        <translation>Cyfnodau cyn etholiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods before elections (dates as YYYY-MM-DD, both days included) when posts are checked for political content.</source>
        <translation>Cyfnodau cyn etholiadau (dyddiadau ar ffurf BBBB-MM-DD, gan gynnwys y ddau ddiwrnod) pan gaiff negeseuon eu gwirio am gynnwys gwleidyddol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Councillor and party names</source>
        <translation>Enwau cynghorwyr a phleidiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of councillors and parties to flag during a pre-election period.</source>
        <translation>Enwau cynghorwyr a phleidiau i&apos;w nodi yn ystod cyfnod cyn etholiad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Council web addresses</source>
        <translation>Cyfeiriadau gwe y cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The council&apos;s own web domains, e.g. &quot;example.gov.uk&quot;, used by the link checks.</source>
        <translation>Parthau gwe y cyngor ei hun, e.e. &quot;example.gov.uk&quot;, a ddefnyddir gan y gwiriadau dolenni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require image descriptions</source>
        <translation>Mynnu disgrifiadau delweddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images can&apos;t be posted without a description (alt text) for people using screen readers.</source>
        <translation>Does dim modd cyhoeddi delweddau heb ddisgrifiad (testun amgen) ar gyfer pobl sy&apos;n defnyddio darllenwyr sgrin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks staff may override</source>
        <translation>Gwiriadau y caiff staff eu diystyru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that stop a post but that staff may override by giving a reason, which is kept with the post. The others (by default personal data and placeholders) must be fixed.</source>
        <translation>Gwiriadau sy&apos;n atal neges ond y caiff staff eu diystyru drwy roi rheswm, a gaiff ei gadw gyda&apos;r neges. Rhaid cywiro&apos;r lleill (data personol a dalfannau yn ddiofyn).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of accounts</source>
        <translation>Iaith y cyfrifon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language accounts post in unless set on the account: &quot;cy&quot; Welsh only, &quot;en&quot; English only, &quot;both&quot; one bilingual post (Welsh and English).</source>
        <translation>Yr iaith y mae cyfrifon yn cyhoeddi ynddi oni bai ei bod wedi&apos;i gosod ar y cyfrif: &quot;cy&quot; Cymraeg yn unig, &quot;en&quot; Saesneg yn unig, &quot;both&quot; un neges ddwyieithog (Cymraeg a Saesneg).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order of a bilingual post</source>
        <translation>Trefn neges ddwyieithog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which language comes first in a bilingual post.</source>
        <translation>Pa iaith sy&apos;n dod gyntaf mewn neges ddwyieithog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy</source>
        <translation>Dirprwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Crier reaches the internet. Leave it empty to use this computer&apos;s own proxy settings, which is usually right. Otherwise type direct for no proxy, the proxy&apos;s address (such as http://proxy.example.gov.uk:8080), or pac: followed by the address of a proxy script. IT can tell you which.</source>
        <translation>Sut mae Crier yn cyrraedd y rhyngrwyd. Gadewch yn wag i ddefnyddio gosodiadau dirprwy y cyfrifiadur hwn, sydd fel arfer yn gywir. Fel arall teipiwch direct i beidio â defnyddio dirprwy, cyfeiriad y dirprwy (fel http://proxy.example.gov.uk:8080), neu pac: ac yna cyfeiriad sgript dirprwy. Gall TG ddweud wrthych pa un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep sign-ins in an encrypted file when there is no keyring</source>
        <translation>Cadw mewngofnodion mewn ffeil wedi&apos;i hamgryptio pan nad oes cylch allweddi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a computer without a secure store such as Windows Credential Manager: the accounts&apos; sign-in tokens are kept in an encrypted file instead, so posting still works. Ask IT first.</source>
        <translation>Dim ond ar gyfer cyfrifiadur heb storfa ddiogel fel Windows Credential Manager: caiff tocynnau mewngofnodi&apos;r cyfrifon eu cadw mewn ffeil wedi&apos;i hamgryptio yn lle hynny, fel bod cyhoeddi&apos;n dal i weithio. Holwch TG yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups to keep</source>
        <translation>Copïau wrth gefn i&apos;w cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many daily backups of your drafts to keep.</source>
        <translation>Faint o gopïau wrth gefn dyddiol o&apos;ch drafftiau i&apos;w cadw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team database</source>
        <translation>Cronfa ddata y tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of the team&apos;s PostgreSQL database, which `crier team join` and the window&apos;s Join team use. Each person signs in with their own name and password (or Kerberos); no password goes here.</source>
        <translation>Cyfeiriad cronfa ddata PostgreSQL y tîm, a ddefnyddir gan `crier team join` ac Ymuno â thîm yn y ffenestr. Mae pob person yn mewngofnodi gyda&apos;i enw a&apos;i gyfrinair ei hun (neu Kerberos); does dim cyfrinair yn mynd yma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Networks for new drafts</source>
        <translation>Rhwydweithiau ar gyfer drafftiau newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The networks a new draft is set up for.</source>
        <translation>Y rhwydweithiau y caiff drafft newydd ei osod ar eu cyfer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Crier&apos;s menus and messages: the computer&apos;s language, Welsh or English. A change applies the next time Crier starts.</source>
        <translation>Iaith dewislenni a negeseuon Crier: iaith y cyfrifiadur, Cymraeg neu Saesneg. Daw newid i rym y tro nesaf y bydd Crier yn cychwyn.</translation>
    </message>
</context>
<context>
    <name>core.team</name>
    <message>
        <location filename="../../desktop/core/team/pairs.py" line="+25"/>
        <source>Waiting for its Welsh pair to be approved</source>
        <translation>Yn aros i&apos;w phâr Cymraeg gael ei gymeradwyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for its English pair to be approved</source>
        <translation>Yn aros i&apos;w phâr Saesneg gael ei gymeradwyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for its Welsh pair on {account}, which needs attention</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}, sydd angen sylw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for its Welsh pair on {account}, which needs attention: {error}</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}, sydd angen sylw: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for its Welsh pair on {account}, which was cancelled</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}, a ddiddymwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for its Welsh pair on {account}: {error}</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for its Welsh pair to go out</source>
        <translation>Yn aros i&apos;w phâr Cymraeg fynd allan</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="+32"/>
        <source>Same as the computer</source>
        <translation>Yr un fath â&apos;r cyfrifiadur</translation>
    </message>
</context>
</TS>
