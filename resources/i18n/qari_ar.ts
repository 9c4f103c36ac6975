<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&amp;New Annotation File…</source>
        <translation>ملف توسيم &amp;جديد…</translation>
    </message>
    <message>
        <source>Create an empty annotation file and switch to it</source>
        <translation>أنشئ ملف توسيم فارغًا وانتقل إليه</translation>
    </message>
    <message>
        <source>&amp;Open Annotation File…</source>
        <translation>&amp;فتح ملف توسيم…</translation>
    </message>
    <message>
        <source>Open another annotation file</source>
        <translation>افتح ملف توسيم آخر</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>فتح قاعدة بيانات ال&amp;فريق…</translation>
    </message>
    <message>
        <source>Open the team&apos;s shared annotation database on a PostgreSQL server (host, database, user; the password is asked for, never saved)</source>
        <translation>فتح قاعدة بيانات التوسيم المشتركة للفريق على خادم PostgreSQL (المضيف وقاعدة البيانات والمستخدم؛ تُطلب كلمة المرور ولا تُحفظ أبدًا)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>Write everything in this annotation file to a new file (works even if the file was moved or deleted while open)</source>
        <translation>اكتب كل ما في ملف التوسيم هذا في ملف جديد (يعمل حتى لو نُقل الملف أو حُذف وهو مفتوح)</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>ا&amp;سترجاع من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put back this file as it was at one of its backups (one is kept each time the file is opened after a change; the newest seven are kept)</source>
        <translation>أعد هذا الملف كما كان في إحدى نسخه الاحتياطية (تُحفظ نسخة كلما فُتح الملف بعد تغيير؛ وتُبقى أحدث سبع نسخ)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Add articles (.txt, JSONL) or annotations from brat, doccano, Label Studio, CoNLL/IOB or another Qari file</source>
        <translation>أضف مقالات (ملفات txt وJSONL) أو توسيمات من brat وdoccano وLabel Studio وCoNLL/IOB أو من ملف قارئ آخر</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>Add every .txt and .jsonl article in a folder, or a brat folder&apos;s annotations</source>
        <translation>أضف كل مقالات ملفات txt وjsonl في مجلد، أو توسيمات مجلد brat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Write the annotations as CSV, Qari JSONL (a full backup), brat, doccano, Label Studio or CoNLL</source>
        <translation>اكتب التوسيمات بصيغة CSV أو Qari JSONL (نسخة احتياطية كاملة) أو brat أو doccano أو Label Studio أو CoNLL</translation>
    </message>
    <message>
        <source>Review a &amp;Colleague on the Team Database…</source>
        <translation>مراجعة &amp;زميل في قاعدة بيانات الفريق…</translation>
    </message>
    <message>
        <source>Compare a colleague&apos;s spans in the team database with yours, and accept, keep or take both</source>
        <translation>قارن مقاطع زميل في قاعدة بيانات الفريق بمقاطعك، واقبل أو أبقِ أو خذ الاثنين</translation>
    </message>
    <message>
        <source>&amp;Review Annotation File…</source>
        <translation>&amp;مراجعة ملف توسيم…</translation>
    </message>
    <message>
        <source>Open a colleague&apos;s annotation file or CSV export beside yours: compare, measure agreement, reconcile</source>
        <translation>افتح ملف توسيم زميل أو ملف CSV صدّره بجانب ملفك: قارن وقِس الاتفاق ووفّق بينهما</translation>
    </message>
    <message>
        <source>CSV With &amp;Byte-Order Mark (for Excel)</source>
        <translation>CSV مع &amp;علامة ترتيب البايتات (لـ Excel)</translation>
    </message>
    <message>
        <source>Excel needs the mark to read Arabic in a CSV as UTF-8</source>
        <translation>يحتاج Excel إلى هذه العلامة ليقرأ العربية في ملف CSV بترميز UTF-8</translation>
    </message>
    <message>
        <source>Set Annotator &amp;Name…</source>
        <translation>تعيين ا&amp;سم الموسِّم…</translation>
    </message>
    <message>
        <source>The name recorded with every annotation you make</source>
        <translation>الاسم الذي يُسجَّل مع كل توسيم تضعه</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>Annotator name, language, theme, text size, snapping and the default folder</source>
        <translation>اسم الموسِّم واللغة والمظهر وحجم النص والمحاذاة إلى الكلمات والمجلد الافتراضي</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close Qari</source>
        <translation>أغلق قارئ</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Find text in this article; أ إ آ match ا, ى matches ي, ة matches ه, harakat are ignored</source>
        <translation>ابحث عن نص في هذا المقال؛ أ إ آ تطابق ا، وى تطابق ي، وة تطابق ه، وتُتجاهل الحركات</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go to the next hit</source>
        <translation>انتقل إلى النتيجة التالية</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Go to the previous hit</source>
        <translation>انتقل إلى النتيجة السابقة</translation>
    </message>
    <message>
        <source>&amp;Search All Articles…</source>
        <translation>ب&amp;حث في كل المقالات…</translation>
    </message>
    <message>
        <source>Search every article in this annotation file, Arabic spellings folded</source>
        <translation>ابحث في كل مقالات ملف التوسيم هذا، مع توحيد أشكال الكتابة العربية</translation>
    </message>
    <message>
        <source>Tag &amp;All Occurrences…</source>
        <translation>وسم &amp;كل المواضع…</translation>
    </message>
    <message>
        <source>Find the selected annotation&apos;s text elsewhere (this article or all) and tag the occurrences you choose, in one undoable step</source>
        <translation>ابحث عن نص التوسيم المحدد في مواضع أخرى (هذا المقال أو كل المقالات) ووسِم المواضع التي تختارها، في خطوة واحدة يمكن التراجع عنها</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;حذف التوسيم</translation>
    </message>
    <message>
        <source>Delete the selected annotation (undo with Ctrl+Z)</source>
        <translation>احذف التوسيم المحدد (للتراجع: Ctrl+Z)</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>تحرير الم&amp;لاحظة…</translation>
    </message>
    <message>
        <source>Add or change the note on the selected annotation</source>
        <translation>أضف ملاحظة إلى التوسيم المحدد أو غيّرها</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>Deselect the annotation and the text</source>
        <translation>ألغِ تحديد التوسيم والنص</translation>
    </message>
    <message>
        <source>Move Start One Letter Earlier</source>
        <translation>تقديم البداية حرفًا واحدًا</translation>
    </message>
    <message>
        <source>Extend the annotation by one letter at its start</source>
        <translation>مدّ التوسيم حرفًا واحدًا من بدايته</translation>
    </message>
    <message>
        <source>Move Start One Letter Later</source>
        <translation>تأخير البداية حرفًا واحدًا</translation>
    </message>
    <message>
        <source>Shrink the annotation by one letter at its start</source>
        <translation>قلّص التوسيم حرفًا واحدًا من بدايته</translation>
    </message>
    <message>
        <source>Move End One Letter Later</source>
        <translation>تأخير النهاية حرفًا واحدًا</translation>
    </message>
    <message>
        <source>Extend the annotation by one letter at its end</source>
        <translation>مدّ التوسيم حرفًا واحدًا من نهايته</translation>
    </message>
    <message>
        <source>Move End One Letter Earlier</source>
        <translation>تقديم النهاية حرفًا واحدًا</translation>
    </message>
    <message>
        <source>Shrink the annotation by one letter at its end</source>
        <translation>قلّص التوسيم حرفًا واحدًا من نهايته</translation>
    </message>
    <message>
        <source>&amp;Snap Selections to Whole Words</source>
        <translation>م&amp;حاذاة التحديد إلى كلمات كاملة</translation>
    </message>
    <message>
        <source>Widen selections to whole words and drop spaces and punctuation around them</source>
        <translation>وسّع التحديد إلى كلمات كاملة وأسقِط المسافات وعلامات الترقيم حوله</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;أزل الرابط</translation>
    </message>
    <message>
        <source>Remove the link chosen in the Attribution pane (undo with Ctrl+Z)</source>
        <translation>أزل الرابط المختار في لوحة الإسناد (للتراجع: Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Link to Likely Entity</source>
        <translation>&amp;ربط بالكيان المرجّح</translation>
    </message>
    <message>
        <source>Link the selected actor or place to the entity chosen in the Entity box (the likeliest, unless you chose another)</source>
        <translation>اربط الفاعل أو المكان المحدد بالكيان المختار في خانة الكيان (الأرجح، ما لم تختر غيره)</translation>
    </message>
    <message>
        <source>New &amp;Entity From Span</source>
        <translation>كيان &amp;جديد من المقطع</translation>
    </message>
    <message>
        <source>Make a new entity named by the selected actor or place, and link the span to it</source>
        <translation>أنشئ كياناً جديداً باسم الفاعل أو المكان المحدد واربط المقطع به</translation>
    </message>
    <message>
        <source>&amp;Unlink Entity</source>
        <translation>&amp;فك الربط بالكيان</translation>
    </message>
    <message>
        <source>The selected span names no entity any more (undo with Ctrl+Z)</source>
        <translation>لن يسمّي المقطع المحدد أي كيان بعد الآن (تراجع بـ Ctrl+Z)</translation>
    </message>
    <message>
        <source>Link &amp;Known Names Automatically</source>
        <translation>اربط الأسماء ال&amp;معروفة تلقائياً</translation>
    </message>
    <message>
        <source>A span tagged with a name an entity already has is linked to it as it is tagged, and confirming a name links its other mentions on the article</source>
        <translation>المقطع الموسوم باسم يعرفه كيان يُربط به عند وسمه، وتأكيد اسم يربط ذكره الآخر في المقال</translation>
    </message>
    <message>
        <source>Show &amp;Suggestions</source>
        <translation>اعرض الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>Outline the spans you would likely tag, learnt from what you tagged, the entities and the gazetteer</source>
        <translation>ارسم حول المقاطع التي يُرجّح أن تسمها، مما وسمته ومن الكيانات ومعجم الأسماء</translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go to the next suggested span</source>
        <translation>انتقل إلى المقطع المقترح التالي</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>Go to the previous suggested span</source>
        <translation>انتقل إلى المقطع المقترح السابق</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>Tag the current suggestion as suggested (undo with Ctrl+Z) and go to the next</source>
        <translation>اوسم الاقتراح الحالي كما اقتُرح (تراجع بـ Ctrl+Z) وانتقل إلى التالي</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>Turn the current suggestion down for good and go to the next</source>
        <translation>ارفض الاقتراح الحالي نهائياً وانتقل إلى التالي</translation>
    </message>
    <message>
        <source>Import &amp;Gazetteer…</source>
        <translation>استيراد &amp;معجم أسماء…</translation>
    </message>
    <message>
        <source>Add names to suggest from a UTF-8 text file, one a line: name&lt;TAB&gt;label, or name&lt;TAB&gt;label&lt;TAB&gt;entity</source>
        <translation>أضف أسماء للاقتراح من ملف نصي UTF-8، اسم في كل سطر: الاسم&lt;TAB&gt;الوسم، أو الاسم&lt;TAB&gt;الوسم&lt;TAB&gt;الكيان</translation>
    </message>
    <message>
        <source>Previous Difference</source>
        <translation>الاختلاف السابق</translation>
    </message>
    <message>
        <source>Go to the previous open difference with the colleague</source>
        <translation>انتقل إلى الاختلاف المفتوح السابق مع الزميل</translation>
    </message>
    <message>
        <source>Next Difference</source>
        <translation>الاختلاف التالي</translation>
    </message>
    <message>
        <source>Go to the next open difference with the colleague (shows its article)</source>
        <translation>انتقل إلى الاختلاف المفتوح التالي مع الزميل (ويُعرض مقاله)</translation>
    </message>
    <message>
        <source>Show &amp;Everyone&apos;s Spans</source>
        <translation>عرض مقاطع ال&amp;جميع</translation>
    </message>
    <message>
        <source>Show every annotator&apos;s spans in the article, not only yours (on a team database only yours are shown until you ask)</source>
        <translation>عرض مقاطع كل الموسِّمين في المقال لا مقاطعك وحدها (في قاعدة بيانات الفريق لا تُعرض إلا مقاطعك حتى تطلب)</translation>
    </message>
    <message>
        <source>&amp;Claims Table</source>
        <translation>&amp;جدول الادعاءات</translation>
    </message>
    <message>
        <source>Every claim with who said it, the reporting words, its places, outlet and date, for this article or all; filter and copy to a spreadsheet</source>
        <translation>كل ادعاء مع قائله وألفاظ الإسناد وأماكنه والمنفذ والتاريخ، لهذا المقال أو لكل المقالات؛ صفِّه وانسخه إلى جدول بيانات</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;الكيانات</translation>
    </message>
    <message>
        <source>Every actor and place across the articles with its names, mentions and outlets: merge, split, rename, and the claims an actor made</source>
        <translation>كل فاعل ومكان في المقالات بأسمائه وذكره ومنافذه: دمج وفصل وإعادة تسمية، والادعاءات المنسوبة إلى الفاعل</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>The whole file or a part of it at a glance: counts by label, annotator, outlet and day, the most frequent actors and places, claims by source, progress; charts that open what they count</source>
        <translation>الملف كله أو جزء منه في لمحة: الأعداد حسب الوسم والموسِّم ووسيلة النشر واليوم، والفاعلون والأماكن الأكثر وروداً، والادعاءات حسب المصدر، والتقدّم؛ رسوم بيانية تفتح ما تعدّه</translation>
    </message>
    <message>
        <source>Mark Article &amp;To Do</source>
        <translation>علِّم المقال «لم يبدأ» (&amp;T)</translation>
    </message>
    <message>
        <source>Your status of this article: not started (undo with Ctrl+Z)</source>
        <translation>حالتك في هذا المقال: لم يبدأ (تراجع بـ Ctrl+Z)</translation>
    </message>
    <message>
        <source>Mark Article &amp;In Progress</source>
        <translation>علِّم المقال «قيد العمل» (&amp;I)</translation>
    </message>
    <message>
        <source>Your status of this article: started, not finished (a tagged article you never marked reads so)</source>
        <translation>حالتك في هذا المقال: بدأ ولم ينتهِ (هكذا يُقرأ مقال وسمته ولم تعلّمه)</translation>
    </message>
    <message>
        <source>Mark Article &amp;Done</source>
        <translation>علِّم المقال «منجز» (&amp;D)</translation>
    </message>
    <message>
        <source>Your status of this article: every span you mean to tag is tagged</source>
        <translation>حالتك في هذا المقال: وُسم كل مقطع تنوي وسمه</translation>
    </message>
    <message>
        <source>Mark Article &amp;Adjudicated</source>
        <translation>علِّم المقال «محكَّم» (&amp;A)</translation>
    </message>
    <message>
        <source>Your status of this article: reviewed against colleagues&apos; files and reconciled</source>
        <translation>حالتك في هذا المقال: رُوجع مقابل ملفات الزملاء وسُوّيت خلافاته</translation>
    </message>
    <message>
        <source>Article &amp;Status</source>
        <translation>&amp;حالة المقال</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>Link the selected {claim} to its {name} (then a digit or Enter): {description}</source>
        <translation>اربط {claim} المحدد بـ {name} الخاص به (ثم رقم أو مفتاح الإدخال): {description}</translation>
    </message>
    <message>
        <source>Accept Theirs</source>
        <translation>قبول ما لديه</translation>
    </message>
    <message>
        <source>Take the colleague&apos;s label or boundaries, add their span, or delete mine where they have none</source>
        <translation>خذ وسم الزميل أو حدوده، أو أضف مقطعه، أو احذف مقطعي حيث لا مقطع له</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>إبقاء ما لدي</translation>
    </message>
    <message>
        <source>Mark the difference decided and change nothing</source>
        <translation>علّم الاختلاف بأنه حُسم دون تغيير شيء</translation>
    </message>
    <message>
        <source>Take Both</source>
        <translation>أخذ الاثنين</translation>
    </message>
    <message>
        <source>Add the colleague&apos;s span beside mine</source>
        <translation>أضف مقطع الزميل بجانب مقطعي</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Larger article text</source>
        <translation>نص المقال أكبر</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Smaller article text</source>
        <translation>نص المقال أصغر</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>إعادة ال&amp;حجم</translation>
    </message>
    <message>
        <source>Default article text size</source>
        <translation>الحجم الافتراضي لنص المقال</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Read the articles and annotations again from the file: shows what another window or a colleague&apos;s import saved into it meanwhile</source>
        <translation>اقرأ المقالات والتوسيمات من الملف من جديد: يُظهر ما حفظته فيه نافذة أخرى أو استيراد زميل في الأثناء</translation>
    </message>
    <message>
        <source>&amp;Focus on the Text</source>
        <translation>ال&amp;تركيز على النص</translation>
    </message>
    <message>
        <source>Hide the article list, the annotations, the toolbar and the docks; the same key brings them back</source>
        <translation>أخفِ قائمة المقالات والتوسيمات وشريط الأدوات واللوحات؛ والمفتاح نفسه يعيدها</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>المقال ال&amp;تالي</translation>
    </message>
    <message>
        <source>Open the next article in the list</source>
        <translation>افتح المقال التالي في القائمة</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>المقال ال&amp;سابق</translation>
    </message>
    <message>
        <source>Open the previous article in the list</source>
        <translation>افتح المقال السابق في القائمة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>List the keys that tag, edit and move around</source>
        <translation>اعرض المفاتيح التي تسِم وتحرّر وتتنقّل</translation>
    </message>
    <message>
        <source>&amp;About Qari</source>
        <translation>&amp;عن قارئ</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>الإصدار والتراخيص</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo the last edit; every edit of the session can be undone, and the undo is saved like an edit</source>
        <translation>تراجع عن آخر تعديل؛ يمكن التراجع عن كل تعديلات الجلسة، ويُحفظ التراجع كما يُحفظ التعديل</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>أعد آخر تعديل تراجعت عنه</translation>
    </message>
    <message>
        <source>A person, group, organisation or state that acts or speaks.</source>
        <translation>شخص أو جماعة أو منظمة أو دولة تفعل أو تتكلم.</translation>
    </message>
    <message>
        <source>A named location.</source>
        <translation>مكان مسمّى.</translation>
    </message>
    <message>
        <source>An attributed statement or assertion.</source>
        <translation>قول أو تصريح منسوب إلى قائله.</translation>
    </message>
    <message>
        <source>Reporting words that attribute a claim: قال، ذكرت، أعلن، وفقاً لـ</source>
        <translation>ألفاظ الإسناد التي تنسب ادعاءً إلى قائله: قال، ذكرت، أعلن، وفقاً لـ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>تو&amp;سيم</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Tag the selection as {name}{key}: {description}</source>
        <translation>وسم التحديد بـ {name}{key}: {description}</translation>
    </message>
    <message>
        <source>Tag as {name}: {description}</source>
        <translation>الوسم بـ {name}: {description}</translation>
    </message>
    <message>
        <source>Show only the annotations of one label</source>
        <translation>اعرض توسيمات وسم واحد فقط</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Could not open the annotation file</source>
        <translation>تعذّر فتح ملف التوسيم</translation>
    </message>
    <message>
        <source>Could not open the default annotation file</source>
        <translation>تعذّر فتح ملف التوسيم الافتراضي</translation>
    </message>
    <message>
        <source>No articles yet: File ▸ Import… (Ctrl+I)</source>
        <translation>لا مقالات بعد: ملف ◂ استيراد… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Text size {size} pt</source>
        <translation>حجم النص {size} نقطة</translation>
    </message>
    <message>
        <source>
Document id (SHA-256 of its text): {sha256}</source>
        <translation>
معرّف المستند (SHA-256 لنصه): {sha256}</translation>
    </message>
    <message>
        <source>Change &amp;Label</source>
        <translation>تغيير ال&amp;وسم</translation>
    </message>
    <message>
        <source>&amp;Tag As</source>
        <translation>ال&amp;وسم بـ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>{when} — {annotations} annotations, {articles} articles</source>
        <translation>{when} — التوسيمات: {annotations}، المقالات: {articles}</translation>
    </message>
    <message>
        <source>{APP_NAME} — Restore From Backup</source>
        <translation>{APP_NAME} — استرجاع من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups of {name}, newest first:</source>
        <translation>النسخ الاحتياطية من {name}، الأحدث أولًا:</translation>
    </message>
    <message>
        <source>Replace everything in {path} with the backup of {describe}?

What the file holds now is backed up first, so you can go back to it.</source>
        <translation>أتستبدل كل ما في {path} بالنسخة الاحتياطية المأخوذة في {describe}؟

يُحفظ ما في الملف الآن في نسخة احتياطية أولًا، فيمكنك الرجوع إليه.</translation>
    </message>
    <message>
        <source>Tag {quote} as {label}</source>
        <translation>وسم {quote} بـ {label}</translation>
    </message>
    <message>
        <source>Delete {label} {quote}</source>
        <translation>حذف {label} {quote}</translation>
    </message>
    <message>
        <source>Qari annotation files (*.qari.sqlite *.sqlite *.db);;All files (*)</source>
        <translation>ملفات توسيم قارئ (*.qari.sqlite *.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The team database {name} could not be reached, so the change was not saved ({detail}). Nothing saved before is lost; try again when the connection is back.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات الفريق {name}، فلم يُحفظ التغيير ({detail}). لم يضِع شيء مما حُفظ قبله؛ أعد المحاولة حين يعود الاتصال.</translation>
    </message>
    <message>
        <source>The annotation file refused the change: {value}</source>
        <translation>رفض ملف التوسيم التغيير: {value}</translation>
    </message>
    <message>
        <source>The annotation file could not be read: {err}</source>
        <translation>تعذّرت قراءة ملف التوسيم: {err}</translation>
    </message>
    <message>
        <source>the file was moved or deleted while open</source>
        <translation>نُقل الملف أو حُذف وهو مفتوح</translation>
    </message>
    <message>
        <source>the file is open read-only</source>
        <translation>الملف مفتوح للقراءة فقط</translation>
    </message>
    <message>
        <source>the team database could not be reached</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <source>Save a copy of the annotation file</source>
        <translation>حفظ نسخة من ملف التوسيم</translation>
    </message>
    <message>
        <source>New annotation file</source>
        <translation>ملف توسيم جديد</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>الملف موجود</translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open to open it; a new file never overwrites an existing one.</source>
        <translation>الملف {path} موجود من قبل. استعمل ملف ◂ فتح لفتحه؛ فالملف الجديد لا يكتب فوق ملف موجود أبدًا.</translation>
    </message>
    <message>
        <source>Open annotation file</source>
        <translation>فتح ملف توسيم</translation>
    </message>
    <message>
        <source>Review a colleague&apos;s annotation file</source>
        <translation>مراجعة ملف توسيم زميل</translation>
    </message>
    <message>
        <source>Annotation files ({ANNOTATION_PATTERNS} *.txt);;All files (*)</source>
        <translation>ملفات التوسيم ({ANNOTATION_PATTERNS} *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import articles or annotations</source>
        <translation>استيراد مقالات أو توسيمات</translation>
    </message>
    <message>
        <source>Articles and annotation files (*.txt {ANNOTATION_PATTERNS});;Articles (*.txt *.jsonl);;All files (*)</source>
        <translation>المقالات وملفات التوسيم (*.txt {ANNOTATION_PATTERNS});;المقالات (*.txt *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles, or a brat folder</source>
        <translation>استيراد مجلد مقالات أو مجلد brat</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>{APP_NAME} — Delete</source>
        <translation>{APP_NAME} — حذف</translation>
    </message>
    <message>
        <source>Delete {what} and its {links} links? Undo (Ctrl+Z) brings both back.</source>
        <translation>أتحذف {what} وروابطه ({links})؟ التراجع (Ctrl+Z) يعيدهما معًا.</translation>
    </message>
    <message>
        <source>{APP_NAME} — Annotator</source>
        <translation>{APP_NAME} — الموسِّم</translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it on your annotations:</source>
        <translation>اسمك كما ينبغي أن يراه زملاؤك على توسيماتك:</translation>
    </message>
    <message>
        <source>{APP_NAME} — Note</source>
        <translation>{APP_NAME} — ملاحظة</translation>
    </message>
    <message>
        <source>Note on {label} «{text}»:</source>
        <translation>ملاحظة على {label} «{text}»:</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>النقر</translation>
    </message>
    <message>
        <source>Select the annotation under the pointer; click again to step through nested ones.</source>
        <translation>يحدد التوسيم الذي تحت المؤشر؛ وانقر مرة أخرى للتنقل بين التوسيمات المتداخلة.</translation>
    </message>
    <message>
        <source>Shift + arrows</source>
        <translation>Shift + الأسهم</translation>
    </message>
    <message>
        <source>Select text with the keyboard (the caret moves right to left).</source>
        <translation>حدد النص بلوحة المفاتيح (يتحرك المؤشر من اليمين إلى اليسار).</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>In the Find bar: next / previous hit. Esc returns to the text with the hit selected, so a digit tags it.</source>
        <translation>في شريط البحث: النتيجة التالية / السابقة. ويعيدك Esc إلى النص والنتيجة محددة، فيسمها رقم.</translation>
    </message>
    <message>
        <source>Double-click a note</source>
        <translation>النقر المزدوج على ملاحظة</translation>
    </message>
    <message>
        <source>Edit the note in the annotations table.</source>
        <translation>يحرر الملاحظة في جدول التوسيمات.</translation>
    </message>
    <message>
        <source>{APP_NAME} — Keyboard shortcuts</source>
        <translation>{APP_NAME} — اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>عن {APP_NAME}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{APP_NAME} {version}&lt;/b&gt; — an Arabic-first reader and annotator.&lt;br&gt;Article font: Amiri (SIL Open Font License 1.1). Icons: Material Design Icons via QtAwesome.</source>
        <translation>&lt;b&gt;{APP_NAME} {version}&lt;/b&gt; — قارئ وموسِّم للنصوص العربية أولًا.&lt;br&gt;خط المقالات: أميري (رخصة SIL للخطوط المفتوحة 1.1). الأيقونات: Material Design Icons عبر QtAwesome.</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>غير موسومة</translation>
    </message>
    <message>
        <source>Articles in this annotation file</source>
        <translation>المقالات في ملف التوسيم هذا</translation>
    </message>
    <message>
        <source>Filter headlines and outlets…</source>
        <translation>صفِّ العناوين والمصادر…</translation>
    </message>
    <message>
        <source>Show only articles whose headline or outlet holds this</source>
        <translation>اعرض فقط المقالات التي يحوي عنوانها أو مصدرها هذا النص</translation>
    </message>
    <message>
        <source>Show only articles nobody has tagged yet</source>
        <translation>اعرض فقط المقالات التي لم يسمها أحد بعد</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Show only the articles you marked so (to do: not tagged nor marked; in progress: tagged, not marked done)</source>
        <translation>اعرض المقالات التي علّمتها بهذه الحالة فقط (لم يبدأ: لم يُوسم ولم يُعلَّم؛ قيد العمل: وُسم ولم يُعلَّم منجزاً)</translation>
    </message>
    <message>
        <source>{shown} of {total} articles</source>
        <translation>{shown} من {total} مقالًا</translation>
    </message>
    <message>
        <source>{shown} articles</source>
        <translation>المقالات: {shown}</translation>
    </message>
    <message>
        <source>Show {column}</source>
        <translation>إظهار {column}</translation>
    </message>
    <message>
        <source>Sort in Import Order</source>
        <translation>الترتيب حسب الاستيراد</translation>
    </message>
    <message>
        <source>No annotator name is set, so your annotations are recorded as “anonymous”. File ▸ Set Annotator Name… sets it (it is kept).</source>
        <translation>لم يُعيَّن اسم للموسِّم، فتُسجَّل توسيماتك باسم «anonymous». يعيّنه ملف ◂ تعيين اسم الموسِّم… (ويُحفظ).</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>Undo/redo was not saved</source>
        <translation>لم يُحفظ التراجع أو الإعادة</translation>
    </message>
    <message>
        <source>Select some words to tag first.</source>
        <translation>حدد كلمات لتسمها أولًا.</translation>
    </message>
    <message>
        <source>Already tagged as {label}.</source>
        <translation>موسوم من قبل بـ {label}.</translation>
    </message>
    <message>
        <source>Relabel as {label}</source>
        <translation>تغيير الوسم إلى {label}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Select an annotation to add a note to.</source>
        <translation>حدد توسيمًا لتضيف إليه ملاحظة.</translation>
    </message>
    <message>
        <source>Adjust boundary</source>
        <translation>ضبط الحد</translation>
    </message>
    <message>
        <source>Open an article to mark it</source>
        <translation>افتح مقالاً لتعلّمه</translation>
    </message>
    <message>
        <source>Mark Article {status}</source>
        <translation>علِّم المقال: {status}</translation>
    </message>
    <message>
        <source>Your status of this article: {status}</source>
        <translation>حالتك في هذا المقال: {status}</translation>
    </message>
    <message>
        <source>Select an annotation whose text to tag elsewhere.</source>
        <translation>حدد توسيمًا لتسِم نصه في مواضع أخرى.</translation>
    </message>
    <message>
        <source>Tag {drafts_count} occurrences of {quote} as {label}</source>
        <translation>وسم مواضع {quote} ({drafts_count}) بـ {label}</translation>
    </message>
    <message>
        <source>{APP_NAME} — unexpected error</source>
        <translation>{APP_NAME} — خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong that Qari did not expect. Your saved annotations are safe.

{name}: {value}

The details are in the log: {log_file}</source>
        <translation>حدث خطأ لم يتوقعه قارئ. توسيماتك المحفوظة في أمان.

{name}: {value}

التفاصيل في السجل: {log_file}</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>استيراد جارٍ؛ انتظره أو ألغِه.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation>عدّ المقالات…</translation>
    </message>
    <message>
        <source>Importing article {done} of {total}…</source>
        <translation>استيراد المقال {done} من {total}…</translation>
    </message>
    <message>
        <source>Cancelling: finishing the batch being saved…</source>
        <translation>جارٍ الإلغاء: إتمام الدفعة التي تُحفظ…</translation>
    </message>
    <message>
        <source>Articles are saved in batches; Cancel keeps the batches already saved</source>
        <translation>تُحفظ المقالات على دفعات؛ والإلغاء يُبقي الدفعات المحفوظة</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>{APP_NAME} — Import</source>
        <translation>{APP_NAME} — استيراد</translation>
    </message>
    <message>
        <source>Import finished: {summary}.</source>
        <translation>انتهى الاستيراد: {summary}.</translation>
    </message>
    <message>
        <source>Import cancelled: {summary} before it stopped. The other articles were not imported; import them again to add them (articles already added are skipped).</source>
        <translation>أُلغي الاستيراد: {summary} قبل توقفه. لم تُستورد المقالات الأخرى؛ استوردها من جديد لإضافتها (وتُتخطى المقالات المضافة من قبل).</translation>
    </message>
    <message>
        <source>Articles not added:
</source>
        <translation>مقالات لم تُضف:
</translation>
    </message>
    <message>
        <source>Leave these spans out</source>
        <translation>اترك هذه المقاطع</translation>
    </message>
    <message>
        <source>{APP_NAME} — Import annotations</source>
        <translation>{APP_NAME} — استيراد توسيمات</translation>
    </message>
    <message>
        <source>Qari file</source>
        <translation>ملف قارئ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>يحوي:</translation>
    </message>
    <message>
        <source>The name your file records with these spans</source>
        <translation>الاسم الذي يسجله ملفك مع هذه المقاطع</translation>
    </message>
    <message>
        <source>Annotators:</source>
        <translation>الموسِّمون:</translation>
    </message>
    <message>
        <source>Record as:</source>
        <translation>التسجيل باسم:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Labels not in your scheme: map each to one of yours</source>
        <translation>وسوم ليست في مخططك: اربط كلًّا منها بأحد وسومك</translation>
    </message>
    <message numerus="yes">
        <source>{label} ({count} spans) →</source>
        <translation>
            <numerusform>{label} (لا مقاطع) ←</numerusform>
            <numerusform>{label} (مقطع واحد) ←</numerusform>
            <numerusform>{label} (مقطعان) ←</numerusform>
            <numerusform>{label} ({count} مقاطع) ←</numerusform>
            <numerusform>{label} ({count} مقطعًا) ←</numerusform>
            <numerusform>{label} ({count} مقطع) ←</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} things in the file will not be imported</source>
        <translation>
            <numerusform>كل ما في الملف سيُستورد</numerusform>
            <numerusform>عنصر واحد في الملف لن يُستورد</numerusform>
            <numerusform>عنصران في الملف لن يُستوردا</numerusform>
            <numerusform>{count} عناصر في الملف لن تُستورد</numerusform>
            <numerusform>{count} عنصرًا في الملف لن يُستورد</numerusform>
            <numerusform>{count} عنصر في الملف لن يُستورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} documents</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>{count} مستندات</numerusform>
            <numerusform>{count} مستندًا</numerusform>
            <numerusform>{count} مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} spans</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>{count} مقاطع</numerusform>
            <numerusform>{count} مقطعًا</numerusform>
            <numerusform>{count} مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuse the whole file if a span cannot be stored as given</source>
        <translation>ارفض الملف كله إن تعذّر تخزين مقطع كما هو</translation>
    </message>
    <message>
        <source>A span whose text is not at its offsets, or that splits a letter from its marks, is otherwise moved or widened and listed in the summary</source>
        <translation>وإلا فالمقطع الذي ليس نصه في مواضعه، أو الذي يفصل حرفًا عن حركاته، يُنقل أو يُوسَّع ويُذكر في الملخّص</translation>
    </message>
    <message>
        <source>not placed: {p}</source>
        <translation>لم يُعثر على موضعه: {p}</translation>
    </message>
    <message>
        <source>moved: {p}</source>
        <translation>نُقل: {p}</translation>
    </message>
    <message>
        <source>extended: {p}</source>
        <translation>وُسِّع: {p}</translation>
    </message>
    <message>
        <source>not imported: {w}</source>
        <translation>لم يُستورد: {w}</translation>
    </message>
    <message>
        <source>link left out: {w}</source>
        <translation>رابط متروك: {w}</translation>
    </message>
    <message>
        <source>Import finished. {summary}.</source>
        <translation>انتهى الاستيراد. {summary}.</translation>
    </message>
    <message>
        <source>{APP_NAME} — Export</source>
        <translation>{APP_NAME} — تصدير</translation>
    </message>
    <message>
        <source>{title} holds one annotator&apos;s spans. Whose should be written?</source>
        <translation>صيغة {title} تحمل مقاطع موسِّم واحد. مقاطع من تُكتب؟</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>An export is running; wait for it or cancel it.</source>
        <translation>تصدير جارٍ؛ انتظره أو ألغِه.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>التصدير إلى {name}…</translation>
    </message>
    <message>
        <source>Exporting annotation {done} of {total}…</source>
        <translation>تصدير التوسيم {done} من {total}…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be written…</source>
        <translation>جارٍ الإلغاء: لن يُكتب شيء…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>تصدير التوسيمات</translation>
    </message>
    <message>
        <source>{title} cannot hold everything:
</source>
        <translation>لا تتسع صيغة {title} لكل شيء:
</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Search All Articles</source>
        <translation>البحث في كل المقالات</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Updated with a colleague&apos;s changes to this article.</source>
        <translation>حُدّث المقال بتغييرات زميل.</translation>
    </message>
    <message>
        <source>Adjust &amp;Boundaries</source>
        <translation>ضبط ال&amp;حدود</translation>
    </message>
    <message>
        <source>Reviewing {name}: F8 goes to the next difference.</source>
        <translation>مراجعة {name}: ينتقل F8 إلى الاختلاف التالي.</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [للقراءة فقط]</translation>
    </message>
    <message>
        <source>Read again from {file}: {articles} articles, {annotations} annotations on this one.</source>
        <translation>قُرئ من جديد من {file}: المقالات {articles}، وتوسيمات هذا المقال {annotations}.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>لفظ الإسناد</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>أي مصدر</translation>
    </message>
    <message>
        <source>Named source</source>
        <translation>مصدر مسمّى</translation>
    </message>
    <message>
        <source>Unnamed source only</source>
        <translation>مصدر غير مسمّى فقط</translation>
    </message>
    <message>
        <source>No source yet</source>
        <translation>بلا مصدر بعد</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Show the claims by how they are attributed</source>
        <translation>اعرض الادعاءات حسب إسنادها</translation>
    </message>
    <message>
        <source>Filter by source, outlet, place…</source>
        <translation>صفِّ حسب المصدر أو المنفذ أو المكان…</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>انسخ الصفوف</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the article at the claim</source>
        <translation>مفتاح الإدخال أو النقر المزدوج يفتح المقال عند الادعاء</translation>
    </message>
    <message>
        <source>Claims of:</source>
        <translation>ادعاءات:</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} من {total}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Sort by {lower} (click again to reverse)</source>
        <translation>الترتيب حسب {lower} (انقر مرة أخرى لعكسه)</translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation>المستند {id}</translation>
    </message>
    <message numerus="yes">
        <source>{count} annotations</source>
        <translation>
            <numerusform>لا توسيمات</numerusform>
            <numerusform>توسيم واحد</numerusform>
            <numerusform>توسيمان</numerusform>
            <numerusform>{count} توسيمات</numerusform>
            <numerusform>{count} توسيمًا</numerusform>
            <numerusform>{count} توسيم</numerusform>
        </translation>
    </message>
    <message>
        <source>Your status: {status}</source>
        <translation>حالتك: {status}</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>الموسِّم</translation>
    </message>
    <message>
        <source>Accepted From</source>
        <translation>مقبول من</translation>
    </message>
    <message>
        <source>…{context_before}【{text}】{context_after}…
{label} [{start}, {end}) by {annotator}</source>
        <translation>…{context_before}【{text}】{context_after}…
{label} [{start}، {end}) وضعه {annotator}</translation>
    </message>
    <message>
        <source>
Note: {note}</source>
        <translation>
ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Accepted in review from {origin_annotator} ({origin_file})</source>
        <translation>قُبل في المراجعة من {origin_annotator} ({origin_file})</translation>
    </message>
    <message>
        <source> on {when}</source>
        <translation> في {when}</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>لغة القوائم والحوارات والرسائل</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>The article&apos;s text size (Ctrl++ and Ctrl+- too)</source>
        <translation>حجم نص المقال (وكذلك Ctrl++ وCtrl+-)</translation>
    </message>
    <message>
        <source>Snap selections to whole words</source>
        <translation>محاذاة التحديد إلى كلمات كاملة</translation>
    </message>
    <message>
        <source>CSV exports start with a byte-order mark (for Excel)</source>
        <translation>تبدأ ملفات CSV المصدَّرة بعلامة ترتيب البايتات (لـ Excel)</translation>
    </message>
    <message>
        <source>The folder used last</source>
        <translation>المجلد المستعمل آخر مرة</translation>
    </message>
    <message>
        <source>Where the import, export and review dialogs open</source>
        <translation>حيث تُفتح حوارات الاستيراد والتصدير والمراجعة</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>اختر المجلد</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Qari.</source>
        <translation>تُستعمل اللغة الجديدة من تشغيل قارئ التالي.</translation>
    </message>
    <message>
        <source>Annotator &amp;name:</source>
        <translation>ا&amp;سم الموسِّم:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;مظهر:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
    <message>
        <source>&amp;Default folder:</source>
        <translation>المجلد الا&amp;فتراضي:</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>المجلد الافتراضي</translation>
    </message>
    <message>
        <source>Preferences not saved: {why}</source>
        <translation>لم تُحفظ التفضيلات: {why}</translation>
    </message>
    <message>
        <source>Found at [{start}, {end}): press 1, 2 or 3 to tag it.</source>
        <translation>وُجد في [{start}، {end}): اضغط 1 أو 2 أو 3 لوسمه.</translation>
    </message>
    <message>
        <source>Mark {kind} as {status}</source>
        <translation>تعليم {kind} بأنه {status}</translation>
    </message>
    <message>
        <source>{path} is the annotation file you have open.</source>
        <translation>{path} هو ملف التوسيم المفتوح لديك.</translation>
    </message>
    <message>
        <source>Cannot review</source>
        <translation>تعذّرت المراجعة</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>قراءة {name}…</translation>
    </message>
    <message>
        <source>Cannot review this file</source>
        <translation>تعذّرت مراجعة هذا الملف</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>لا شيء للمراجعة</translation>
    </message>
    <message>
        <source>{source} has no spans.</source>
        <translation>لا مقاطع في {source}.</translation>
    </message>
    <message>
        <source>Review whose spans?</source>
        <translation>مراجعة مقاطع من؟</translation>
    </message>
    <message>
        <source>{source} holds spans by:</source>
        <translation>في {source} مقاطع وضعها:</translation>
    </message>
    <message>
        <source>Matching {name} to your articles…</source>
        <translation>مطابقة {name} بمقالاتك…</translation>
    </message>
    <message>
        <source>{count} differences</source>
        <translation>الاختلافات: {count}</translation>
    </message>
    <message>
        <source>Agreement figures could not be computed: {why}</source>
        <translation>تعذّر حساب أرقام الاتفاق: {why}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الاختلاف</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>ما لدي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>ما لديه</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>{annotator}: {label} (placed by {value})</source>
        <translation>{annotator}: {label} (موضعه بحسب {value})</translation>
    </message>
    <message>
        <source>no document in your file has this text</source>
        <translation>لا مستند في ملفك فيه هذا النص</translation>
    </message>
    <message>
        <source>{count} of your documents have this title</source>
        <translation>لـ {count} من مستنداتك هذا العنوان</translation>
    </message>
    <message>
        <source>no document in your file has this SHA-256, title, file name or id</source>
        <translation>لا مستند في ملفك بهذا الـSHA-256 أو العنوان أو اسم الملف أو المعرّف</translation>
    </message>
    <message>
        <source>same span</source>
        <translation>المقطع نفسه</translation>
    </message>
    <message>
        <source>other label</source>
        <translation>وسم مختلف</translation>
    </message>
    <message>
        <source>other boundary</source>
        <translation>حدود مختلفة</translation>
    </message>
    <message>
        <source>only mine</source>
        <translation>لدي فقط</translation>
    </message>
    <message>
        <source>only theirs</source>
        <translation>لديه فقط</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>accepted theirs</source>
        <translation>قُبل ما لديه</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>أُبقي ما لدي</translation>
    </message>
    <message>
        <source>took both</source>
        <translation>أُخذ الاثنان</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>Accept theirs: delete mine</source>
        <translation>قبول ما لديه: حذف ما لدي</translation>
    </message>
    <message>
        <source>Take both</source>
        <translation>أخذ الاثنين</translation>
    </message>
    <message>
        <source>offsets</source>
        <translation>المواضع</translation>
    </message>
    <message>
        <source>surface text</source>
        <translation>النص نفسه</translation>
    </message>
    <message>
        <source>folded text</source>
        <translation>النص بعد التوحيد</translation>
    </message>
    <message>
        <source>offsets, other spacing</source>
        <translation>المواضع مع مسافات مختلفة</translation>
    </message>
    <message>
        <source>search spelling</source>
        <translation>إملاء البحث</translation>
    </message>
    <message>
        <source>its text occurs {count} times and neither context nor position says which</source>
        <translation>نصه يرد {count} مرات ولا السياق ولا الموضع يحدد أيّها</translation>
    </message>
    <message>
        <source>its offsets do not fit this text and it has no surface text</source>
        <translation>مواضعه لا توافق هذا النص وليس معه نصه</translation>
    </message>
    <message>
        <source>its text «{surface}» is not in this document, even ignoring whitespace and diacritics</source>
        <translation>نصه «{surface}» ليس في هذا المستند، حتى مع تجاهل المسافات والتشكيل</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>تطابق تام</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>تداخل</translation>
    </message>
    <message>
        <source>F1 of same-span matches (your spans are the reference)</source>
        <translation>مقياس F1 لتطابق المقاطع نفسها (مقاطعك هي المرجع)</translation>
    </message>
    <message>
        <source>F1 of overlapping spans of the same label</source>
        <translation>مقياس F1 للمقاطع المتداخلة ذات الوسم نفسه</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa over the characters&apos; labels</source>
        <translation>معامل كابا لكوهين على وسوم الحروف</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal) over the characters&apos; labels</source>
        <translation>معامل ألفا لكريبندورف (اسمي) على وسوم الحروف</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing alpha</source>
        <translation>معامل ألفا التقطيعي لكريبندورف</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Whose differences the list shows</source>
        <translation>اختلافات من تعرضها القائمة</translation>
    </message>
    <message>
        <source>Colleagues&apos; spans are outlined in these colours</source>
        <translation>تُحاط مقاطع الزملاء بهذه الألوان</translation>
    </message>
    <message>
        <source>Not Matched…</source>
        <translation>غير المطابَق…</translation>
    </message>
    <message>
        <source>Articles not matched and spans not placed, with why</source>
        <translation>المقالات التي لم تُطابَق والمقاطع التي لم يُعثر على موضعها، مع السبب</translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation>إضافة ملف…</translation>
    </message>
    <message>
        <source>Review another colleague&apos;s file as well</source>
        <translation>راجع ملف زميل آخر أيضًا</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>إغلاق المراجعة</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>هذا المقال</translation>
    </message>
    <message>
        <source>All matched articles</source>
        <translation>كل المقالات المطابَقة</translation>
    </message>
    <message>
        <source>Which articles the agreement figures cover</source>
        <translation>المقالات التي تشملها أرقام الاتفاق</translation>
    </message>
    <message>
        <source>Exact and Overlap: F1 of same-span and overlapping-span matches. Your spans are the reference: recall is over yours, precision over theirs. κ: Cohen&apos;s kappa and α: Krippendorff&apos;s alpha over characters; αU: unitizing alpha. The README defines each.</source>
        <translation>التطابق التام والتداخل: مقياس F1 لتطابق المقاطع نفسها والمقاطع المتداخلة. مقاطعك هي المرجع: الاستدعاء على مقاطعك، والدقة على مقاطعه. κ: معامل كابا لكوهين، وα: معامل ألفا لكريبندورف على الحروف؛ وαU: ألفا التقطيعي. يعرّف ملف README كلًّا منها.</translation>
    </message>
    <message>
        <source>Where you and the colleague each stand with this article (Annotate ▸ Article Status)</source>
        <translation>أين يقف كلٌّ منك ومن زميلك من هذا المقال (وسم ▸ حالة المقال)</translation>
    </message>
    <message>
        <source>Of the spans you both tagged and at least one of you linked to an entity, how many name the same entity (theirs matched to yours by a shared name)</source>
        <translation>من المقاطع التي وسمتماها كلاكما وربطها أحدكما على الأقل بكيان، كم منها يسمّي الكيان نفسه (تُطابَق كياناته بكياناتك باسم مشترك)</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>كل الاختلافات</translation>
    </message>
    <message>
        <source>All Shown…</source>
        <translation>كل المعروض…</translation>
    </message>
    <message>
        <source>Decide every open difference the list shows, at once</source>
        <translation>احسم كل اختلاف مفتوح تعرضه القائمة، دفعة واحدة</translation>
    </message>
    <message>
        <source>{value} for All Shown</source>
        <translation>{value} لكل المعروض</translation>
    </message>
    <message>
        <source>Reviewing:</source>
        <translation>المراجَع:</translation>
    </message>
    <message>
        <source>{matched} articles matched, {unmatched} not matched; {placed} spans placed, {unplaced} not placed</source>
        <translation>المقالات المطابَقة {matched} وغير المطابَقة {unmatched}؛ المقاطع الموضوعة {placed} وغير الموضوعة {unplaced}</translation>
    </message>
    <message>
        <source> ({moved} re-anchored)</source>
        <translation> (أُعيد تثبيت {moved})</translation>
    </message>
    <message>
        <source>Entities: {same} of {spans} spans name the same ({share})</source>
        <translation>الكيانات: {same} من {spans} مقطعاً تسمّي الكيان نفسه ({share})</translation>
    </message>
    <message>
        <source>All {value} annotators: Fleiss κ {figure}, α {figure2}, αU {figure3}</source>
        <translation>الموسِّمون جميعًا ({value}): كابا لفلايس {figure}، α {figure2}، αU {figure3}</translation>
    </message>
    <message>
        <source>No open differences left here.</source>
        <translation>لم يبقَ هنا اختلاف مفتوح.</translation>
    </message>
    <message>
        <source>Choose an open difference first (F8 goes to the next one).</source>
        <translation>اختر اختلافًا مفتوحًا أولًا (ينتقل F8 إلى التالي).</translation>
    </message>
    <message>
        <source>{value}: done. F8 goes to the next difference ({left} open).</source>
        <translation>{value}: تم. ينتقل F8 إلى الاختلاف التالي (المفتوح: {left}).</translation>
    </message>
    <message>
        <source>{value} for all shown</source>
        <translation>{value} لكل المعروض</translation>
    </message>
    <message>
        <source>{value} for {items_count} open differences? (Undo takes it all back.)</source>
        <translation>{value} لكل الاختلافات المفتوحة ({items_count})؟ (التراجع يعيد ذلك كله.)</translation>
    </message>
    <message>
        <source>{value}: {done} done.</source>
        <translation>{value}: تم {done}.</translation>
    </message>
    <message>
        <source>Not matched: «{title}» ({span_count} spans): {reason}</source>
        <translation>لم يُطابَق: «{title}» (المقاطع: {span_count}): {reason}</translation>
    </message>
    <message>
        <source>Not placed: {label} «{text}» in «{document_title}»: {reason}</source>
        <translation>لم يُعثر على موضعه: {label} «{text}» في «{document_title}»: {reason}</translation>
    </message>
    <message>
        <source>Not matched or not placed</source>
        <translation>غير مطابَق أو بلا موضع</translation>
    </message>
    <message>
        <source>{unmatched_count} articles not matched, {unplaced_count} spans not placed.</source>
        <translation>المقالات غير المطابَقة: {unmatched_count}، والمقاطع التي لم يُعثر على موضعها: {unplaced_count}.</translation>
    </message>
    <message>
        <source>أ إ آ match ا, ى matches ي, ة matches ه; harakat and tatweel are ignored</source>
        <translation>أ إ آ تطابق ا، وى تطابق ي، وة تطابق ه؛ وتُتجاهل الحركات والتطويل</translation>
    </message>
    <message>
        <source>Find in this article…</source>
        <translation>ابحث في هذا المقال…</translation>
    </message>
    <message>
        <source>Find in this article: {HINT}. Enter: next, Shift+Enter: previous</source>
        <translation>ابحث في هذا المقال: {HINT}. ‏Enter: التالي، Shift+Enter: السابق</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+Enter، Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>النتيجة التالية (Enter، F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>{value} of {hits_count}</source>
        <translation>{value} من {hits_count}</translation>
    </message>
    <message>
        <source>Search all articles…</source>
        <translation>ابحث في كل المقالات…</translation>
    </message>
    <message>
        <source>Search every article in this file: {HINT}</source>
        <translation>ابحث في كل مقالات هذا الملف: {HINT}</translation>
    </message>
    <message>
        <source>More Results</source>
        <translation>نتائج أخرى</translation>
    </message>
    <message>
        <source>Show up to {MORE_STEP} more articles</source>
        <translation>اعرض ما يصل إلى {MORE_STEP} مقالًا آخر</translation>
    </message>
    <message>
        <source>Enter or double-click: open the article at this hit</source>
        <translation>‏Enter أو النقر المزدوج: افتح المقال عند هذه النتيجة</translation>
    </message>
    <message>
        <source>; more articles match</source>
        <translation>؛ وتطابق مقالات أخرى</translation>
    </message>
    <message numerus="yes">
        <source>{count} hits</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>{count} نتائج</numerusform>
            <numerusform>{count} نتيجة</numerusform>
            <numerusform>{count} نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hits} in {count} articles{more}</source>
        <translation>
            <numerusform>{hits} في لا مقالات{more}</numerusform>
            <numerusform>{hits} في مقال واحد{more}</numerusform>
            <numerusform>{hits} في مقالين{more}</numerusform>
            <numerusform>{hits} في {count} مقالات{more}</numerusform>
            <numerusform>{hits} في {count} مقالًا{more}</numerusform>
            <numerusform>{hits} في {count} مقال{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>No article holds {embed_rtl}</source>
        <translation>لا مقال يحوي {embed_rtl}</translation>
    </message>
    <message numerus="yes">
        <source>{count} articles are still being indexed: they were read one by one, after the ranked ones.</source>
        <translation>
            <numerusform>لا مقالات تنتظر الفهرسة.</numerusform>
            <numerusform>ما زالت فهرسة مقال واحد جارية: قُرئ بعد المقالات المرتّبة.</numerusform>
            <numerusform>ما زالت فهرسة مقالين جارية: قُرئا واحدًا واحدًا بعد المقالات المرتّبة.</numerusform>
            <numerusform>ما زالت فهرسة {count} مقالات جارية: قُرئت واحدًا واحدًا بعد المقالات المرتّبة.</numerusform>
            <numerusform>ما زالت فهرسة {count} مقالًا جارية: قُرئت واحدًا واحدًا بعد المقالات المرتّبة.</numerusform>
            <numerusform>ما زالت فهرسة {count} مقال جارية: قُرئت واحدًا واحدًا بعد المقالات المرتّبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ No backup was taken: {why}</source>
        <translation>⚠ لم تُؤخذ نسخة احتياطية: {why}</translation>
    </message>
    <message>
        <source>⚠ The search index was not finished: {why}. Search reads the articles not indexed one by one; the index goes on when the file is next opened.</source>
        <translation>⚠ لم تكتمل فهرسة البحث: {why}. يقرأ البحث المقالات غير المفهرسة واحدًا واحدًا، وتُستأنف الفهرسة عند فتح الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>✓ All changes saved {stamp} — {display_name}</source>
        <translation>✓ حُفظت كل التغييرات {stamp} — {display_name}</translation>
    </message>
    <message>
        <source>✗ Last change NOT saved: {brief}</source>
        <translation>✗ لم يُحفظ آخر تغيير: {brief}</translation>
    </message>
    <message>
        <source>Read-only ({read_only}): nothing can be changed. File ▸ Save a Copy As… makes a copy to annotate.</source>
        <translation>للقراءة فقط ({read_only}): لا يمكن تغيير شيء. يصنع ملف ◂ حفظ نسخة باسم… نسخة لتوسيمها.</translation>
    </message>
    <message>
        <source>Team database: {display_name}</source>
        <translation>قاعدة بيانات الفريق: {display_name}</translation>
    </message>
    <message>
        <source>Annotation file: {display_name}</source>
        <translation>ملف التوسيم: {display_name}</translation>
    </message>
    <message>
        <source>⚠ {display_name} was moved or deleted outside Qari; edits cannot be saved to it. File ▸ Save a Copy As… keeps everything in it.</source>
        <translation>⚠ نُقل {display_name} أو حُذف خارج قارئ؛ لا يمكن حفظ التعديلات فيه. يحفظ ملف ◂ حفظ نسخة باسم… كل ما فيه.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <source>Copy saved: {target}</source>
        <translation>حُفظت النسخة: {target}</translation>
    </message>
    <message>
        <source>The annotation file was moved or deleted</source>
        <translation>نُقل ملف التوسيم أو حُذف</translation>
    </message>
    <message>
        <source>{display_name} was moved or deleted while open. Everything it held, with every saved edit, was copied to:

{target}

Open that copy with File ▸ Open Annotation File…</source>
        <translation>نُقل {display_name} أو حُذف وهو مفتوح. نُسخ كل ما كان فيه، مع كل تعديل محفوظ، إلى:

{target}

افتح تلك النسخة بـ ملف ◂ فتح ملف توسيم…</translation>
    </message>
    <message>
        <source>This annotation file lives in memory and has no backups.</source>
        <translation>ملف التوسيم هذا في الذاكرة ولا نسخ احتياطية له.</translation>
    </message>
    <message>
        <source>A team database&apos;s backups are kept by its server; ask its administrator. Save a Copy As… writes it all to a file of your own.</source>
        <translation>النسخ الاحتياطية لقاعدة بيانات الفريق يحفظها خادمها؛ اسأل مسؤوله. «حفظ نسخة باسم…» يكتبها كلها في ملف خاص بك.</translation>
    </message>
    <message>
        <source>An import or export is running; wait for it or cancel it, then restore.</source>
        <translation>استيراد أو تصدير جارٍ؛ انتظره أو ألغِه، ثم استرجع.</translation>
    </message>
    <message>
        <source>Cannot restore now</source>
        <translation>تعذّر الاسترجاع الآن</translation>
    </message>
    <message>
        <source>There are no backups of {path} yet. One is taken each time it is opened.</source>
        <translation>لا نسخ احتياطية من {path} بعد. تُؤخذ نسخة كلما فُتح.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>لا نسخ احتياطية بعد</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>لم يُسترجع شيء</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. What the file held before is itself a backup now, so you can go back to it the same way.</source>
        <translation>استُرجعت النسخة الاحتياطية المأخوذة في {when}. وما كان في الملف قبلها صار نسخة احتياطية، فيمكنك الرجوع إليه بالطريقة نفسها.</translation>
    </message>
    <message>
        <source>{APP_NAME} — Tag All Occurrences</source>
        <translation>{APP_NAME} — وسم كل المواضع</translation>
    </message>
    <message>
        <source>In this article</source>
        <translation>في هذا المقال</translation>
    </message>
    <message>
        <source>In all articles</source>
        <translation>في كل المقالات</translation>
    </message>
    <message>
        <source>Where to look for the text</source>
        <translation>أين يُبحث عن النص</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Whole Words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Check the occurrences that stand as whole words</source>
        <translation>علّم المواضع التي ترد كلماتٍ كاملة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Check every occurrence not yet tagged</source>
        <translation>علّم كل موضع لم يُوسم بعد</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Uncheck everything</source>
        <translation>أزل كل العلامات</translation>
    </message>
    <message>
        <source>Tag {quote} as {label}:</source>
        <translation>وسم {quote} بـ {label}:</translation>
    </message>
    <message numerus="yes">
        <source>{count} other occurrences</source>
        <translation>
            <numerusform>لا مواضع أخرى</numerusform>
            <numerusform>موضع آخر واحد</numerusform>
            <numerusform>موضعان آخران</numerusform>
            <numerusform>{count} مواضع أخرى</numerusform>
            <numerusform>{count} موضعًا آخر</numerusform>
            <numerusform>{count} موضع آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>{tagged} already tagged {label}</source>
        <translation>الموسومة من قبل بـ {label}: {tagged}</translation>
    </message>
    <message>
        <source>{partial} inside longer words (unchecked)</source>
        <translation>داخل كلمات أطول (غير معلَّمة): {partial}</translation>
    </message>
    <message>
        <source>only the best-matching articles were searched</source>
        <translation>بُحث في أقرب المقالات تطابقًا فقط</translation>
    </message>
    <message>
        <source>already tagged</source>
        <translation>موسوم من قبل</translation>
    </message>
    <message>
        <source>whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>inside a longer word</source>
        <translation>داخل كلمة أطول</translation>
    </message>
    <message>
        <source>Tag {count} as {label}</source>
        <translation>وسم {count} بـ {label}</translation>
    </message>
    <message>
        <source>Cancelling: finishing the step under way…</source>
        <translation>جارٍ الإلغاء: إتمام الخطوة الجارية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>span [{start}, {end}) is not a non-empty range inside the document (0 to {doc_text_count})</source>
        <translation>المقطع [{start}، {end}) ليس مدى غير فارغ داخل المستند (من 0 إلى {doc_text_count})</translation>
    </message>
    <message>
        <source>the article is empty</source>
        <translation>المقال فارغ</translation>
    </message>
    <message>
        <source>too large ({size:,} bytes; limit {limit})</source>
        <translation>كبير جدًّا ({size:,} بايت؛ والحد {limit})</translation>
    </message>
    <message>
        <source>cannot read ({strerror})</source>
        <translation>تتعذّر قراءته ({strerror})</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>يُنتظر كائن JSON</translation>
    </message>
    <message>
        <source>missing the &apos;text&apos; field (a string)</source>
        <translation>ينقصه الحقل &apos;text&apos; (نص)</translation>
    </message>
    <message>
        <source>the article text is empty</source>
        <translation>نص المقال فارغ</translation>
    </message>
    <message>
        <source>field &apos;{key}&apos; must be a string</source>
        <translation>الحقل &apos;{key}&apos; يجب أن يكون نصًّا</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>not JSON Lines (one article a line), nor one JSON value: {error}</source>
        <translation>ليس بتنسيق JSON Lines (مقال في كل سطر)، ولا قيمة JSON واحدة: {error}</translation>
    </message>
    <message>
        <source>{path} is empty ({what})</source>
        <translation>{path} فارغ ({what})</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} فارغ</translation>
    </message>
    <message>
        <source>{origin}: {problem}</source>
        <translation>{origin}: {problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>the team database lets you change only your own spans, links and statuses (those tagged under your login name); a curator may change anyone&apos;s</source>
        <translation>لا تسمح لك قاعدة بيانات الفريق بتغيير غير مقاطعك وروابطك وحالاتك (ما وُسم باسم دخولك)؛ أما المدقّق فيغيّر ما لأيٍّ كان</translation>
    </message>
    <message>
        <source>{origin}: expected an object with a &apos;labels&apos; list</source>
        <translation>{origin}: يُنتظر كائن فيه قائمة &apos;labels&apos;</translation>
    </message>
    <message>
        <source>{origin}: label {number}</source>
        <translation>{origin}: الوسم {number}</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: يُنتظر كائن</translation>
    </message>
    <message>
        <source>{where}: name must be 1-32 capitals, digits, _ or -</source>
        <translation>{where}: يجب أن يكون الاسم من 1 إلى 32 حرفًا لاتينيًّا كبيرًا أو رقمًا أو _ أو -</translation>
    </message>
    <message>
        <source>{where} ({name}): colour must look like #RRGGBB</source>
        <translation>{where} ({name}): يجب أن يكون اللون بالشكل ‎#RRGGBB</translation>
    </message>
    <message>
        <source>{where} ({name}): shortcut must be a digit</source>
        <translation>{where} ({name}): يجب أن يكون الاختصار رقمًا</translation>
    </message>
    <message>
        <source>{where} ({name}): style must be background, underline or dotted</source>
        <translation>{where} ({name}): يجب أن يكون النمط background أو underline أو dotted</translation>
    </message>
    <message>
        <source>{origin}: label names repeat</source>
        <translation>{origin}: أسماء الوسوم مكررة</translation>
    </message>
    <message>
        <source>{origin}: shortcuts repeat</source>
        <translation>{origin}: الاختصارات مكررة</translation>
    </message>
    <message>
        <source>{origin}: the scheme has no labels</source>
        <translation>{origin}: لا وسوم في المخطط</translation>
    </message>
    <message>
        <source>{path}: cannot read label scheme ({err})</source>
        <translation>{path}: تتعذّر قراءة مخطط الوسوم ({err})</translation>
    </message>
    <message>
        <source>not valid UTF-8 (bad byte 0x{data:02x} at byte {start})</source>
        <translation>ليس UTF-8 صالحًا (بايت خاطئ 0x{data:02x} عند البايت {start})</translation>
    </message>
    <message numerus="yes">
        <source>{count} relations</source>
        <translation>
            <numerusform>لا علاقات</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>{count} علاقات</numerusform>
            <numerusform>{count} علاقةً</numerusform>
            <numerusform>{count} علاقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} events</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>{count} أحداث</numerusform>
            <numerusform>{count} حدثًا</numerusform>
            <numerusform>{count} حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} attributes</source>
        <translation>
            <numerusform>لا خصائص</numerusform>
            <numerusform>خاصية واحدة</numerusform>
            <numerusform>خاصيتان</numerusform>
            <numerusform>{count} خصائص</numerusform>
            <numerusform>{count} خاصيةً</numerusform>
            <numerusform>{count} خاصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} normalisations</source>
        <translation>
            <numerusform>لا توحيدات</numerusform>
            <numerusform>توحيد واحد</numerusform>
            <numerusform>توحيدان</numerusform>
            <numerusform>{count} توحيدات</numerusform>
            <numerusform>{count} توحيدًا</numerusform>
            <numerusform>{count} توحيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} equivalences</source>
        <translation>
            <numerusform>لا تكافؤات</numerusform>
            <numerusform>تكافؤ واحد</numerusform>
            <numerusform>تكافؤان</numerusform>
            <numerusform>{count} تكافؤات</numerusform>
            <numerusform>{count} تكافؤًا</numerusform>
            <numerusform>{count} تكافؤ</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: no .ann files; not a brat folder</source>
        <translation>{path}: لا ملفات ann؛ ليس مجلد brat</translation>
    </message>
    <message>
        <source>{ann}: its text file {name} is missing</source>
        <translation>{ann}: ملف نصه {name} مفقود</translation>
    </message>
    <message>
        <source>{where}: not a brat annotation line; skipped</source>
        <translation>{where}: ليس سطر توسيم brat؛ تُخطّي</translation>
    </message>
    <message>
        <source>{ann}: {counts} not imported (Qari keeps spans and notes)</source>
        <translation>{ann}: لم يُستورد ({counts}) (يحفظ قارئ المقاطع والملاحظات)</translation>
    </message>
    <message>
        <source>{where}: a {kind} relation between things that are not spans</source>
        <translation>{where}: علاقة {kind} بين أشياء ليست مقاطع</translation>
    </message>
    <message>
        <source>{where}: a T line needs an id, a label with offsets, and text</source>
        <translation>{where}: سطر T يحتاج إلى معرّف ووسم مع مواضع ونص</translation>
    </message>
    <message>
        <source>{where}: expected &apos;LABEL START END&apos; after {ident}, got {body!r}</source>
        <translation>{where}: يُنتظر &apos;LABEL START END&apos; بعد {ident}، ووُجد {body!r}</translation>
    </message>
    <message>
        <source>{where}: {ident} [{start}, {end}) is not inside the text (0 to {raw_count})</source>
        <translation>{where}: {ident} [{start}، {end}) ليس داخل النص (من 0 إلى {raw_count})</translation>
    </message>
    <message>
        <source>{where}: {ident} is discontinuous ({count} fragments); read as its covering span [{start}, {end})</source>
        <translation>{where}: {ident} متقطع ({count} أجزاء)؛ قُرئ مقطعًا واحدًا يغطيها [{start}، {end})</translation>
    </message>
    <message>
        <source>{where}: a comment of type {kind!r}; skipped</source>
        <translation>{where}: تعليق من النوع {kind!r}؛ تُخطّي</translation>
    </message>
    <message>
        <source>{where}: a note on {target}, which is not a span</source>
        <translation>{where}: ملاحظة على {target}، وهو ليس مقطعًا</translation>
    </message>
    <message>
        <source>{title}: the note on {label} «{text}» had line breaks or tabs; brat keeps one line, so they became spaces</source>
        <translation>{title}: في الملاحظة على {label} «{text}» فواصل أسطر أو جدولة؛ يحفظ brat سطرًا واحدًا، فصارت مسافات</translation>
    </message>
    <message numerus="yes">
        <source>{count} entities&apos; aliases, notes or external ids not written (brat keeps one name a normalisation)</source>
        <translation>
            <numerusform>لا كيانات تُركت أسماؤها الأخرى أو ملاحظاتها أو معرّفاتها الخارجية (يحفظ brat اسماً واحداً لكل توحيد)</numerusform>
            <numerusform>لم تُكتب الأسماء الأخرى أو الملاحظات أو المعرّفات الخارجية لكيان واحد (يحفظ brat اسماً واحداً لكل توحيد)</numerusform>
            <numerusform>لم تُكتب الأسماء الأخرى أو الملاحظات أو المعرّفات الخارجية لكيانين (يحفظ brat اسماً واحداً لكل توحيد)</numerusform>
            <numerusform>لم تُكتب الأسماء الأخرى أو الملاحظات أو المعرّفات الخارجية لـ {count} كيانات (يحفظ brat اسماً واحداً لكل توحيد)</numerusform>
            <numerusform>لم تُكتب الأسماء الأخرى أو الملاحظات أو المعرّفات الخارجية لـ {count} كيانًا (يحفظ brat اسماً واحداً لكل توحيد)</numerusform>
            <numerusform>لم تُكتب الأسماء الأخرى أو الملاحظات أو المعرّفات الخارجية لـ {count} كيان (يحفظ brat اسماً واحداً لكل توحيد)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: too large ({size:,} bytes; the limit is {limit:,})</source>
        <translation>{path}: كبير جدًّا ({size:,} بايت؛ والحد {limit:,})</translation>
    </message>
    <message>
        <source>{path}: cannot read ({strerror})</source>
        <translation>{path}: تتعذّر قراءته ({strerror})</translation>
    </message>
    <message>
        <source>{path}: not valid UTF-8 (bad byte 0x{data:02x} at byte {start})</source>
        <translation>{path}: ليس UTF-8 صالحًا (بايت خاطئ 0x{data:02x} عند البايت {start})</translation>
    </message>
    <message>
        <source>{where}: more than {MAX_SPANS:,} spans in one file; split it to import it</source>
        <translation>{where}: أكثر من {MAX_SPANS:,} مقطع في ملف واحد؛ قسّمه لتستورده</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} problems; nothing was imported:
{found}</source>
        <translation>
            <numerusform>{path}: لا مشكلات؛ لم يُستورد شيء:
{found}</numerusform>
            <numerusform>{path}: مشكلة واحدة؛ لم يُستورد شيء:
{found}</numerusform>
            <numerusform>{path}: مشكلتان؛ لم يُستورد شيء:
{found}</numerusform>
            <numerusform>{path}: {count} مشكلات؛ لم يُستورد شيء:
{found}</numerusform>
            <numerusform>{path}: {count} مشكلةً؛ لم يُستورد شيء:
{found}</numerusform>
            <numerusform>{path}: {count} مشكلة؛ لم يُستورد شيء:
{found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: the field {name!r} is not imported ({count} records hold it)</source>
        <translation>
            <numerusform>{path}: الحقل {name!r} لا يُستورد (لا يحمله أي سجل)</numerusform>
            <numerusform>{path}: الحقل {name!r} لا يُستورد (يحمله سجل واحد)</numerusform>
            <numerusform>{path}: الحقل {name!r} لا يُستورد (يحمله سجلان)</numerusform>
            <numerusform>{path}: الحقل {name!r} لا يُستورد (تحمله {count} سجلات)</numerusform>
            <numerusform>{path}: الحقل {name!r} لا يُستورد (يحمله {count} سجلًا)</numerusform>
            <numerusform>{path}: الحقل {name!r} لا يُستورد (يحمله {count} سجل)</numerusform>
        </translation>
    </message>
    <message>
        <source>{annotations} ({documents}) written to {out}</source>
        <translation>كُتب {annotations} ({documents}) في {out}</translation>
    </message>
    <message numerus="yes">
        <source>{count} annotations written to {out}</source>
        <translation>
            <numerusform>لم يُكتب أي توسيم في {out}</numerusform>
            <numerusform>كُتب توسيم واحد في {out}</numerusform>
            <numerusform>كُتب توسيمان في {out}</numerusform>
            <numerusform>كُتبت {count} توسيمات في {out}</numerusform>
            <numerusform>كُتب {count} توسيمًا في {out}</numerusform>
            <numerusform>كُتب {count} توسيم في {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} things the format cannot hold were left out</source>
        <translation>
            <numerusform>لم يُترك شيء مما لا تحمله الصيغة</numerusform>
            <numerusform>تُرك أمر واحد لا تحمله الصيغة</numerusform>
            <numerusform>تُرك أمران لا تحملهما الصيغة</numerusform>
            <numerusform>تُركت {count} أمور لا تحملها الصيغة</numerusform>
            <numerusform>تُرك {count} أمرًا لا تحملها الصيغة</numerusform>
            <numerusform>تُرك {count} أمر لا تحملها الصيغة</numerusform>
        </translation>
    </message>
    <message>
        <source>{out}: {what} holds one annotator&apos;s spans and this file has {people_count} ({listed}); choose one (--annotator)</source>
        <translation>{out}: صيغة {what} تحمل مقاطع موسِّم واحد، وفي هذا الملف {people_count} ({listed})؛ اختر واحدًا (‎--annotator)</translation>
    </message>
    <message>
        <source>{notes} notes not written: {why}</source>
        <translation>لم تُكتب {notes} ملاحظات: {why}</translation>
    </message>
    <message>
        <source>{out}: export failed ({strerror})</source>
        <translation>{out}: فشل التصدير ({strerror})</translation>
    </message>
    <message>
        <source>{out}: exists and is not an empty folder; choose a new folder</source>
        <translation>{out}: موجود وليس مجلدًا فارغًا؛ اختر مجلدًا جديدًا</translation>
    </message>
    <message numerus="yes">
        <source>{count} links not written: {why}</source>
        <translation>
            <numerusform>لم يُترك أي رابط دون كتابة: {why}</numerusform>
            <numerusform>لم يُكتب رابط واحد: {why}</numerusform>
            <numerusform>لم يُكتب رابطان: {why}</numerusform>
            <numerusform>لم تُكتب {count} روابط: {why}</numerusform>
            <numerusform>لم يُكتب {count} رابطًا: {why}</numerusform>
            <numerusform>لم يُكتب {count} رابط: {why}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: tag {tag!r} is not O, B-LABEL or I-LABEL</source>
        <translation>{where}: الوسم {tag!r} ليس O ولا B-LABEL ولا I-LABEL</translation>
    </message>
    <message>
        <source>{path}, line {number}: expected a token and a tag</source>
        <translation>{path}، السطر {number}: تُنتظر كلمة ووسم</translation>
    </message>
    <message>
        <source>{path}: more than {MAX_TOKENS:,} tokens; split it to import it</source>
        <translation>{path}: أكثر من {MAX_TOKENS:,} كلمة؛ قسّمه لتستورده</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} lines have columns between their token and their tag (such as part-of-speech tags); they are not imported</source>
        <translation>
            <numerusform>{path}: لا أسطر فيها أعمدة بين الكلمة ووسمها (كوسوم أقسام الكلام)</numerusform>
            <numerusform>{path}: سطر واحد فيه أعمدة بين كلمته ووسمها (كوسوم أقسام الكلام)؛ لا تُستورد</numerusform>
            <numerusform>{path}: سطران فيهما أعمدة بين الكلمة ووسمها (كوسوم أقسام الكلام)؛ لا تُستورد</numerusform>
            <numerusform>{path}: {count} أسطر فيها أعمدة بين الكلمة ووسمها (كوسوم أقسام الكلام)؛ لا تُستورد</numerusform>
            <numerusform>{path}: {count} سطرًا فيها أعمدة بين الكلمة ووسمها (كوسوم أقسام الكلام)؛ لا تُستورد</numerusform>
            <numerusform>{path}: {count} سطر فيها أعمدة بين الكلمة ووسمها (كوسوم أقسام الكلام)؛ لا تُستورد</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: {label} «{text}» [{start}, {end}) left out: it overlaps {other} «{other_text}», and IOB cannot hold both</source>
        <translation>{title}: تُرك {label} «{text}» [{start}، {end}): يتداخل مع {other} «{other_text}»، وصيغة IOB لا تحملهما معًا</translation>
    </message>
    <message numerus="yes">
        <source>{count} CUE spans (reporting words) not written: IOB tags entities</source>
        <translation>
            <numerusform>لا مقاطع CUE تُركت: صيغة IOB توسم الكيانات</numerusform>
            <numerusform>لم يُكتب مقطع CUE واحد (لفظ إسناد): صيغة IOB توسم الكيانات</numerusform>
            <numerusform>لم يُكتب مقطعا CUE (لفظا إسناد): صيغة IOB توسم الكيانات</numerusform>
            <numerusform>لم تُكتب {count} مقاطع CUE (ألفاظ الإسناد): صيغة IOB توسم الكيانات</numerusform>
            <numerusform>لم يُكتب {count} مقطعًا من مقاطع CUE (ألفاظ الإسناد): صيغة IOB توسم الكيانات</numerusform>
            <numerusform>لم يُكتب {count} مقطع CUE (ألفاظ الإسناد): صيغة IOB توسم الكيانات</numerusform>
        </translation>
    </message>
    <message>
        <source>IOB has no notes</source>
        <translation>لا ملاحظات في صيغة IOB</translation>
    </message>
    <message>
        <source>IOB tags tokens, not links</source>
        <translation>صيغة IOB توسم الكلمات لا الروابط</translation>
    </message>
    <message>
        <source>{out}: cannot write there ({strerror})</source>
        <translation>{out}: تتعذّر الكتابة هناك ({strerror})</translation>
    </message>
    <message>
        <source>{path}: not a Qari CSV export (unexpected header)</source>
        <translation>{path}: ليس ملف CSV صدّره قارئ (ترويسة غير متوقعة)</translation>
    </message>
    <message>
        <source>{path}: cannot read ({err})</source>
        <translation>{path}: تتعذّر قراءته ({err})</translation>
    </message>
    <message>
        <source>{path}, line {line}: expected {columns_count} cells</source>
        <translation>{path}، السطر {line}: تُنتظر {columns_count} خلية</translation>
    </message>
    <message>
        <source>{path}, line {line}: start, end and entity_id must be integers</source>
        <translation>{path}، السطر {line}: يجب أن تكون start وend وentity_id أعداداً صحيحة</translation>
    </message>
    <message>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path}، السطر {line}: {problem}</translation>
    </message>
    <message>
        <source>{path}: more than {max_rows:,} rows; too large to review</source>
        <translation>{path}: أكثر من {max_rows:,} صف؛ أكبر من أن يُراجع</translation>
    </message>
    <message>
        <source>{where}: &apos;label&apos; holds class names, not spans; this is a text-classification file</source>
        <translation>{where}: &apos;label&apos; يحمل أسماء أصناف لا مقاطع؛ هذا ملف تصنيف نصوص</translation>
    </message>
    <message>
        <source>{where}: label {i} must be [start, end, &quot;LABEL&quot;]</source>
        <translation>{where}: الوسم {i} يجب أن يكون [start, end, &quot;LABEL&quot;]</translation>
    </message>
    <message>
        <source>{where}, entity {i}</source>
        <translation>{where}، الكيان {i}</translation>
    </message>
    <message>
        <source>{at}: expected an object or [start, end, &quot;LABEL&quot;]</source>
        <translation>{at}: يُنتظر كائن أو [start, end, &quot;LABEL&quot;]</translation>
    </message>
    <message>
        <source>{where}: expected a JSON object</source>
        <translation>{where}: يُنتظر كائن JSON</translation>
    </message>
    <message>
        <source>{where}: no &apos;text&apos; field</source>
        <translation>{where}: لا حقل &apos;text&apos;</translation>
    </message>
    <message>
        <source>{where}: offsets counted in UTF-16 units (an older doccano); converted to characters</source>
        <translation>{where}: المواضع معدودة بوحدات UTF-16 (إصدار أقدم من doccano)؛ حُوّلت إلى حروف</translation>
    </message>
    <message>
        <source>{where}, relation {i}: not between two of its entities; skipped</source>
        <translation>{where}، العلاقة {i}: ليست بين كيانين من كياناته؛ تُخطّيت</translation>
    </message>
    <message>
        <source>doccano has no notes on spans</source>
        <translation>لا ملاحظات على المقاطع في doccano</translation>
    </message>
    <message numerus="yes">
        <source>{count} unnamed sources not written: a doccano relation joins two entities</source>
        <translation>
            <numerusform>لا مصادر غير مسمّاة تُركت: علاقة doccano تربط كيانين</numerusform>
            <numerusform>لم يُكتب مصدر واحد غير مسمّى: علاقة doccano تربط كيانين</numerusform>
            <numerusform>لم يُكتب مصدران غير مسمّيين: علاقة doccano تربط كيانين</numerusform>
            <numerusform>لم تُكتب {count} مصادر غير مسمّاة: علاقة doccano تربط كيانين</numerusform>
            <numerusform>لم يُكتب {count} مصدرًا غير مسمّى: علاقة doccano تربط كيانين</numerusform>
            <numerusform>لم يُكتب {count} مصدر غير مسمّى: علاقة doccano تربط كيانين</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: JSON, not JSON Lines (one record a line); read as JSON</source>
        <translation>{path}: الملف JSON وليس JSON Lines (سجل في كل سطر)؛ قُرئ على أنه JSON</translation>
    </message>
    <message>
        <source>{path}, item {i}</source>
        <translation>{path}، العنصر {i}</translation>
    </message>
    <message>
        <source>{where}: more than {MAX_JSON_CONTAINERS:,} JSON objects and lists in one file; split it to import it</source>
        <translation>{where}: أكثر من {MAX_JSON_CONTAINERS:,} كائن وقائمة JSON في ملف واحد؛ قسّمه لتستورده</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({msg})</source>
        <translation>{where}: ليس JSON صالحًا ({msg})</translation>
    </message>
    <message>
        <source>{where}: JSON nested too deeply</source>
        <translation>{where}: تداخل JSON أعمق مما ينبغي</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; must be {kind}</source>
        <translation>{where}: &apos;{name}&apos; يجب أن يكون {kind}</translation>
    </message>
    <message>
        <source>{path}: expected a list of Label Studio tasks</source>
        <translation>{path}: تُنتظر قائمة مهام Label Studio</translation>
    </message>
    <message>
        <source>{where}: &apos;data&apos; has no &apos;text&apos; (and not just one string to take)</source>
        <translation>{where}: ليس في &apos;data&apos; حقل &apos;text&apos; (ولا نص واحد يؤخذ بدلًا منه)</translation>
    </message>
    <message>
        <source>{path}, task {number}: expected an object</source>
        <translation>{path}، المهمة {number}: يُنتظر كائن</translation>
    </message>
    <message>
        <source>{path}, task {id}</source>
        <translation>{path}، المهمة {id}</translation>
    </message>
    <message>
        <source>{where}: &apos;annotations&apos; must be a list</source>
        <translation>{where}: &apos;annotations&apos; يجب أن يكون قائمة</translation>
    </message>
    <message numerus="yes">
        <source>{count} predictions (model suggestions)</source>
        <translation>
            <numerusform>لا تنبؤات (اقتراحات النموذج)</numerusform>
            <numerusform>تنبؤ واحد (اقتراح النموذج)</numerusform>
            <numerusform>تنبؤان (اقتراحا النموذج)</numerusform>
            <numerusform>{count} تنبؤات (اقتراحات النموذج)</numerusform>
            <numerusform>{count} تنبؤًا (اقتراحات النموذج)</numerusform>
            <numerusform>{count} تنبؤ (اقتراحات النموذج)</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}, annotation {i}</source>
        <translation>{where}، التوسيم {i}</translation>
    </message>
    <message numerus="yes">
        <source>{count} cancelled annotations</source>
        <translation>
            <numerusform>لا توسيمات ملغاة</numerusform>
            <numerusform>توسيم ملغى واحد</numerusform>
            <numerusform>توسيمان ملغيان</numerusform>
            <numerusform>{count} توسيمات ملغاة</numerusform>
            <numerusform>{count} توسيمًا ملغى</numerusform>
            <numerusform>{count} توسيم ملغى</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: &apos;result&apos; must be a list</source>
        <translation>{where}: &apos;result&apos; يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>{where}, result {j}: expected an object</source>
        <translation>{where}، النتيجة {j}: يُنتظر كائن</translation>
    </message>
    <message>
        <source>{where}, result {j}</source>
        <translation>{where}، النتيجة {j}</translation>
    </message>
    <message numerus="yes">
        <source>{count} results of type {kind!r}</source>
        <translation>
            <numerusform>لا نتائج من النوع {kind!r}</numerusform>
            <numerusform>نتيجة واحدة من النوع {kind!r}</numerusform>
            <numerusform>نتيجتان من النوع {kind!r}</numerusform>
            <numerusform>{count} نتائج من النوع {kind!r}</numerusform>
            <numerusform>{count} نتيجةً من النوع {kind!r}</numerusform>
            <numerusform>{count} نتيجة من النوع {kind!r}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} relations not between two text regions</source>
        <translation>
            <numerusform>لا علاقات خارج منطقتين من النص</numerusform>
            <numerusform>علاقة واحدة ليست بين منطقتين من النص</numerusform>
            <numerusform>علاقتان ليستا بين منطقتين من النص</numerusform>
            <numerusform>{count} علاقات ليست بين منطقتين من النص</numerusform>
            <numerusform>{count} علاقةً ليست بين منطقتين من النص</numerusform>
            <numerusform>{count} علاقة ليست بين منطقتين من النص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} relations without a label</source>
        <translation>
            <numerusform>لا علاقات بلا وسم</numerusform>
            <numerusform>علاقة واحدة بلا وسم</numerusform>
            <numerusform>علاقتان بلا وسم</numerusform>
            <numerusform>{count} علاقات بلا وسم</numerusform>
            <numerusform>{count} علاقةً بلا وسم</numerusform>
            <numerusform>{count} علاقة بلا وسم</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: &apos;labels&apos; must be a list of label names</source>
        <translation>{where}: &apos;labels&apos; يجب أن يكون قائمة أسماء وسوم</translation>
    </message>
    <message>
        <source>{path}: {what} not imported</source>
        <translation>{path}: لم يُستورد ({what})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} spans had offsets counted in UTF-16 units (an older Label Studio); converted to characters</source>
        <translation>
            <numerusform>{path}: لا مقاطع مواضعها معدودة بوحدات UTF-16 (إصدار أقدم من Label Studio)</numerusform>
            <numerusform>{path}: مقطع واحد مواضعه معدودة بوحدات UTF-16 (إصدار أقدم من Label Studio)؛ حُوّلت إلى حروف</numerusform>
            <numerusform>{path}: مقطعان مواضعهما معدودة بوحدات UTF-16 (إصدار أقدم من Label Studio)؛ حُوّلت إلى حروف</numerusform>
            <numerusform>{path}: {count} مقاطع مواضعها معدودة بوحدات UTF-16 (إصدار أقدم من Label Studio)؛ حُوّلت إلى حروف</numerusform>
            <numerusform>{path}: {count} مقطعًا مواضعها معدودة بوحدات UTF-16 (إصدار أقدم من Label Studio)؛ حُوّلت إلى حروف</numerusform>
            <numerusform>{path}: {count} مقطع مواضعها معدودة بوحدات UTF-16 (إصدار أقدم من Label Studio)؛ حُوّلت إلى حروف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} links between two annotators&apos; spans not written: a Label Studio relation joins regions of one annotation</source>
        <translation>
            <numerusform>لا روابط تُركت بين مقاطع موسِّمَين: علاقة Label Studio تربط مناطق توسيم واحد</numerusform>
            <numerusform>لم يُكتب رابط واحد بين مقاطع موسِّمَين: علاقة Label Studio تربط مناطق توسيم واحد</numerusform>
            <numerusform>لم يُكتب رابطان بين مقاطع موسِّمَين: علاقة Label Studio تربط مناطق توسيم واحد</numerusform>
            <numerusform>لم تُكتب {count} روابط بين مقاطع موسِّمَين: علاقة Label Studio تربط مناطق توسيم واحد</numerusform>
            <numerusform>لم يُكتب {count} رابطًا بين مقاطع موسِّمَين: علاقة Label Studio تربط مناطق توسيم واحد</numerusform>
            <numerusform>لم يُكتب {count} رابط بين مقاطع موسِّمَين: علاقة Label Studio تربط مناطق توسيم واحد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} unnamed sources not written: a Label Studio relation joins two regions</source>
        <translation>
            <numerusform>لا مصادر غير مسمّاة تُركت: علاقة Label Studio تربط منطقتين</numerusform>
            <numerusform>لم يُكتب مصدر واحد غير مسمّى: علاقة Label Studio تربط منطقتين</numerusform>
            <numerusform>لم يُكتب مصدران غير مسمّيين: علاقة Label Studio تربط منطقتين</numerusform>
            <numerusform>لم تُكتب {count} مصادر غير مسمّاة: علاقة Label Studio تربط منطقتين</numerusform>
            <numerusform>لم يُكتب {count} مصدرًا غير مسمّى: علاقة Label Studio تربط منطقتين</numerusform>
            <numerusform>لم يُكتب {count} مصدر غير مسمّى: علاقة Label Studio تربط منطقتين</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: not a Qari JSONL file (its first line must be {{&quot;format&quot;: &quot;{FORMAT}&quot;, ...}})</source>
        <translation>{where}: ليس ملف Qari JSONL (يجب أن يكون سطره الأول {{&quot;format&quot;: &quot;{FORMAT}&quot;, ...}})</translation>
    </message>
    <message>
        <source>{where}: &apos;version&apos; must be a positive integer</source>
        <translation>{where}: &apos;version&apos; يجب أن يكون عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <source>{where}: written by a newer Qari (format version {version}; this one reads up to {VERSION}); update Qari to read it</source>
        <translation>{where}: كتبه إصدار أحدث من قارئ (إصدار الصيغة {version}؛ وهذا يقرأ حتى {VERSION})؛ حدّث قارئ لتقرأه</translation>
    </message>
    <message>
        <source>{where}: a record of type {kind!r} is not known; skipped</source>
        <translation>{where}: سجل من نوع غير معروف {kind!r}؛ تُخطّي</translation>
    </message>
    <message>
        <source>{where}: its sha256 is not that of its text; recomputed</source>
        <translation>{where}: بصمة sha256 المسجلة ليست بصمة نصه؛ أُعيد حسابها</translation>
    </message>
    <message>
        <source>{where}: the same document text appears twice</source>
        <translation>{where}: نص المستند نفسه يرد مرتين</translation>
    </message>
    <message>
        <source>{where}: &apos;header_lines&apos; must be a whole number</source>
        <translation>{where}: &apos;header_lines&apos; يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{where}: &apos;document&apos; names no document listed before it</source>
        <translation>{where}: &apos;document&apos; لا يسمّي مستندًا مذكورًا قبله</translation>
    </message>
    <message>
        <source>{where}: span [{start}, {end}) is not inside its document</source>
        <translation>{where}: المقطع [{start}، {end}) ليس داخل مستنده</translation>
    </message>
    <message>
        <source>{where}: {listed} must be strings</source>
        <translation>{where}: {listed} يجب أن تكون نصوصًا</translation>
    </message>
    <message>
        <source>{where}: &apos;entity&apos; names no entity listed before it</source>
        <translation>{where}: &apos;entity&apos; لا يسمّي كياناً مذكوراً قبله</translation>
    </message>
    <message>
        <source>{where}: &apos;aliases&apos; must be a list of strings</source>
        <translation>{where}: يجب أن تكون &apos;aliases&apos; قائمة نصوص</translation>
    </message>
    <message>
        <source>{where}: a link names an annotation id not listed before it</source>
        <translation>{where}: رابط يسمّي معرّف توسيم لم يُذكر قبله</translation>
    </message>
    <message>
        <source>{where}: a status must name a document listed before it and one of todo, in_progress, done, adjudicated</source>
        <translation>{where}: يجب أن تسمّي الحالةُ مستنداً مذكوراً قبلها وإحدى القيم todo أو in_progress أو done أو adjudicated</translation>
    </message>
    <message>
        <source>{path}: empty; not a Qari JSONL file</source>
        <translation>{path}: فارغ؛ ليس ملف Qari JSONL</translation>
    </message>
    <message>
        <source>{out}: span tables are read, not written; export as csv (the Qari CSV) instead</source>
        <translation>{out}: جداول المقاطع تُقرأ ولا تُكتب؛ صدِّر بصيغة csv (ملف CSV الخاص بقارئ) بدلًا منها</translation>
    </message>
    <message>
        <source>the span CSV has a row a span; a claims CSV has the links</source>
        <translation>ملف CSV للمقاطع فيه صف لكل مقطع؛ وملف CSV للادعاءات فيه الروابط</translation>
    </message>
    <message>
        <source>no format named {name!r}; one of: {listed}</source>
        <translation>لا صيغة باسم {name!r}؛ الصيغ: {listed}</translation>
    </message>
    <message>
        <source>{out}: say which format to write with --format ({listed})</source>
        <translation>{out}: حدّد الصيغة التي يُكتب بها بـ ‎--format ({listed})</translation>
    </message>
    <message>
        <source>{where}: span [{start}, {end}) is empty, reversed or outside the text (0 to {raw_count})</source>
        <translation>{where}: المقطع [{start}، {end}) فارغ أو معكوس أو خارج النص (من 0 إلى {raw_count})</translation>
    </message>
    <message>
        <source>{where}: a span has an empty label</source>
        <translation>{where}: لمقطع وسم فارغ</translation>
    </message>
    <message>
        <source>{where}: the text of a span labelled {label} holds a carriage return; stored with a line feed, as the canonical text has it</source>
        <translation>{where}: نص مقطع موسوم بـ {label} فيه حرف رجوع (CR)؛ خُزّن بسطر جديد كما في النص القانوني</translation>
    </message>
    <message>
        <source>--map {item!r}: expected THEIRS=MINE, for example PER=ACTOR</source>
        <translation>‎--map {item!r}: يُنتظر THEIRS=MINE، مثل PER=ACTOR</translation>
    </message>
    <message>
        <source>--map {theirs}={mine}: {mine2} is not a label of your scheme ({listed})</source>
        <translation>‎--map {theirs}={mine}: ليس {mine2} وسمًا في مخططك ({listed})</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: لا ملف ولا مجلد بهذا الاسم</translation>
    </message>
    <message numerus="yes">
        <source>left out: {count} spans labelled {label} (mapped to nothing)</source>
        <translation>
            <numerusform>متروكة: لا مقاطع موسومة بـ {label} (رُبطت بلا شيء)</numerusform>
            <numerusform>متروك: مقطع واحد موسوم بـ {label} (رُبط بلا شيء)</numerusform>
            <numerusform>متروكان: مقطعان موسومان بـ {label} (رُبطا بلا شيء)</numerusform>
            <numerusform>متروكة: {count} مقاطع موسومة بـ {label} (رُبطت بلا شيء)</numerusform>
            <numerusform>متروكة: {count} مقطعًا موسومًا بـ {label} (رُبطت بلا شيء)</numerusform>
            <numerusform>متروكة: {count} مقطع موسوم بـ {label} (رُبطت بلا شيء)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} annotations added</source>
        <translation>
            <numerusform>لم يُضف أي توسيم</numerusform>
            <numerusform>أُضيف توسيم واحد</numerusform>
            <numerusform>أُضيف توسيمان</numerusform>
            <numerusform>أُضيفت {count} توسيمات</numerusform>
            <numerusform>أُضيف {count} توسيمًا</numerusform>
            <numerusform>أُضيف {count} توسيم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} already present</source>
        <translation>
            <numerusform>لم يكن أي منها موجودًا من قبل</numerusform>
            <numerusform>واحد موجود من قبل</numerusform>
            <numerusform>اثنان موجودان من قبل</numerusform>
            <numerusform>{count} موجودة من قبل</numerusform>
            <numerusform>{count} موجودًا من قبل</numerusform>
            <numerusform>{count} موجود من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} re-anchored</source>
        <translation>
            <numerusform>لم يُعد تثبيت أي مقطع</numerusform>
            <numerusform>أُعيد تثبيت مقطع واحد</numerusform>
            <numerusform>أُعيد تثبيت مقطعين</numerusform>
            <numerusform>أُعيد تثبيت {count} مقاطع</numerusform>
            <numerusform>أُعيد تثبيت {count} مقطعًا</numerusform>
            <numerusform>أُعيد تثبيت {count} مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} left out by label mapping</source>
        <translation>
            <numerusform>لم يُترك أي مقطع بربط الوسوم</numerusform>
            <numerusform>تُرك مقطع واحد بربط الوسوم</numerusform>
            <numerusform>تُرك مقطعان بربط الوسوم</numerusform>
            <numerusform>تُركت {count} مقاطع بربط الوسوم</numerusform>
            <numerusform>تُرك {count} مقطعًا بربط الوسوم</numerusform>
            <numerusform>تُرك {count} مقطع بربط الوسوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} could not be placed</source>
        <translation>
            <numerusform>لم يتعذّر وضع أي مقطع</numerusform>
            <numerusform>تعذّر وضع مقطع واحد</numerusform>
            <numerusform>تعذّر وضع مقطعين</numerusform>
            <numerusform>تعذّر وضع {count} مقاطع</numerusform>
            <numerusform>تعذّر وضع {count} مقطعًا</numerusform>
            <numerusform>تعذّر وضع {count} مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} article statuses taken</source>
        <translation>
            <numerusform>لم تُؤخذ أي حالة من حالات المقالات</numerusform>
            <numerusform>أُخذت حالة مقال واحدة</numerusform>
            <numerusform>أُخذت حالتان من حالات المقالات</numerusform>
            <numerusform>أُخذت {count} حالات من حالات المقالات</numerusform>
            <numerusform>أُخذت {count} حالةً من حالات المقالات</numerusform>
            <numerusform>أُخذت {count} حالة من حالات المقالات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} new documents</source>
        <translation>
            <numerusform>لا مستندات جديدة</numerusform>
            <numerusform>مستند جديد واحد</numerusform>
            <numerusform>مستندان جديدان</numerusform>
            <numerusform>{count} مستندات جديدة</numerusform>
            <numerusform>{count} مستندًا جديدًا</numerusform>
            <numerusform>{count} مستند جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>no documents in it</source>
        <translation>لا مستندات فيه</translation>
    </message>
    <message numerus="yes">
        <source>{count} documents matched</source>
        <translation>
            <numerusform>لم يُطابَق أي مستند</numerusform>
            <numerusform>طوبق مستند واحد</numerusform>
            <numerusform>طوبق مستندان</numerusform>
            <numerusform>طوبقت {count} مستندات</numerusform>
            <numerusform>طوبق {count} مستندًا</numerusform>
            <numerusform>طوبق {count} مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>{source} ({format}): {parts}</source>
        <translation>{source} ({format}): {parts}</translation>
    </message>
    <message>
        <source>{source} ({format}, as {who}): {parts}</source>
        <translation>{source} ({format}، باسم {who}): {parts}</translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate spans within the file merged</source>
        <translation>
            <numerusform>لم يُدمج أي مقطع مكرر في الملف</numerusform>
            <numerusform>دُمج مقطع مكرر واحد في الملف</numerusform>
            <numerusform>دُمج مقطعان مكرران في الملف</numerusform>
            <numerusform>دُمجت {count} مقاطع مكررة في الملف</numerusform>
            <numerusform>دُمج {count} مقطعًا مكررًا في الملف</numerusform>
            <numerusform>دُمج {count} مقطع مكرر في الملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} extended to whole letters</source>
        <translation>
            <numerusform>لم يُوسَّع أي مقطع ليشمل حروفًا كاملة</numerusform>
            <numerusform>وُسِّع مقطع واحد ليشمل حروفًا كاملة</numerusform>
            <numerusform>وُسِّع مقطعان ليشملا حروفًا كاملة</numerusform>
            <numerusform>وُسِّعت {count} مقاطع لتشمل حروفًا كاملة</numerusform>
            <numerusform>وُسِّع {count} مقطعًا ليشمل حروفًا كاملة</numerusform>
            <numerusform>وُسِّع {count} مقطع ليشمل حروفًا كاملة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} links added</source>
        <translation>
            <numerusform>لم يُضف أي رابط</numerusform>
            <numerusform>أُضيف رابط واحد</numerusform>
            <numerusform>أُضيف رابطان</numerusform>
            <numerusform>أُضيفت {count} روابط</numerusform>
            <numerusform>أُضيف {count} رابطًا</numerusform>
            <numerusform>أُضيف {count} رابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} links already present</source>
        <translation>
            <numerusform>لم يكن أي رابط موجودًا من قبل</numerusform>
            <numerusform>رابط واحد موجود من قبل</numerusform>
            <numerusform>رابطان موجودان من قبل</numerusform>
            <numerusform>{count} روابط موجودة من قبل</numerusform>
            <numerusform>{count} رابطًا موجودًا من قبل</numerusform>
            <numerusform>{count} رابط موجود من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} links left out</source>
        <translation>
            <numerusform>لم يُترك أي رابط</numerusform>
            <numerusform>تُرك رابط واحد</numerusform>
            <numerusform>تُرك رابطان</numerusform>
            <numerusform>تُركت {count} روابط</numerusform>
            <numerusform>تُرك {count} رابطًا</numerusform>
            <numerusform>تُرك {count} رابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} spans linked to entities</source>
        <translation>
            <numerusform>لم يُربط أي مقطع بكيان</numerusform>
            <numerusform>رُبط مقطع واحد بكيان</numerusform>
            <numerusform>رُبط مقطعان بكيانات</numerusform>
            <numerusform>رُبطت {count} مقاطع بكيانات</numerusform>
            <numerusform>رُبط {count} مقطعًا بكيانات</numerusform>
            <numerusform>رُبط {count} مقطع بكيانات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} new entities</source>
        <translation>
            <numerusform>لا كيانات جديدة</numerusform>
            <numerusform>كيان جديد واحد</numerusform>
            <numerusform>كيانان جديدان</numerusform>
            <numerusform>{count} كيانات جديدة</numerusform>
            <numerusform>{count} كيانًا جديدًا</numerusform>
            <numerusform>{count} كيان جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {label} «{text}» [{start}, {end}) is not at its offsets; stored at [{new_start}, {new_end}), found by its {anchor}</source>
        <translation>{where}: {label} «{text}» [{start}, {end}) ليس في مواضعه؛ خُزّن في [{new_start}, {new_end})، ووُجد بـ{anchor}</translation>
    </message>
    <message>
        <source>{where}: {label} «{text}» [{start}, {end}) split a letter from its marks; stored as [{new_start}, {new_end})</source>
        <translation>{where}: {label} «{text}» [{start}, {end}) يفصل حرفًا عن حركاته؛ خُزّن بوصفه [{new_start}, {new_end})</translation>
    </message>
    <message numerus="yes">
        <source>«{title}» ({count} spans): {reason}</source>
        <translation>
            <numerusform>«{title}» (لا مقاطع): {reason}</numerusform>
            <numerusform>«{title}» (مقطع واحد): {reason}</numerusform>
            <numerusform>«{title}» (مقطعان): {reason}</numerusform>
            <numerusform>«{title}» ({count} مقاطع): {reason}</numerusform>
            <numerusform>«{title}» ({count} مقطعًا): {reason}</numerusform>
            <numerusform>«{title}» ({count} مقطع): {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>document {number} of the file is empty; not added</source>
        <translation>المستند {number} في الملف فارغ؛ لم يُضف</translation>
    </message>
    <message>
        <source>«{title}»: {label} «{text}» [{start}, {end}): {reason}</source>
        <translation>«{title}»: {label} «{text}» [{start}، {end}): {reason}</translation>
    </message>
    <message>
        <source>«{title}»</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>{type} link of «{claim}»: {why}</source>
        <translation>رابط {type} للادعاء «{claim}»: {why}</translation>
    </message>
    <message>
        <source>your scheme has no {type} links</source>
        <translation>لا روابط {type} في مخططك</translation>
    </message>
    <message>
        <source>one of its spans was not imported</source>
        <translation>أحد مقطعيه لم يُستورد</translation>
    </message>
    <message>
        <source>{path}: holds spans by {annotators_count} annotators ({listed}); one name for all would merge them</source>
        <translation>{path}: فيه مقاطع {annotators_count} موسِّمين ({listed})؛ واسم واحد لهم جميعًا يدمجها</translation>
    </message>
    <message>
        <source>{type} link of «{claim}»: a span of it was left out by the mapping</source>
        <translation>رابط {type} للادعاء «{claim}»: تُرك أحد مقطعيه بربط الوسوم</translation>
    </message>
    <message numerus="yes">
        <source>{path}: refused whole (strict): {count} spans would not be stored as the file gives them:
{found}</source>
        <translation>
            <numerusform>{path}: رُفض كله (بصرامة): لا مقاطع تُخزَّن على غير ما يعطيه الملف:
{found}</numerusform>
            <numerusform>{path}: رُفض كله (بصرامة): مقطع واحد لن يُخزَّن كما يعطيه الملف:
{found}</numerusform>
            <numerusform>{path}: رُفض كله (بصرامة): مقطعان لن يُخزَّنا كما يعطيهما الملف:
{found}</numerusform>
            <numerusform>{path}: رُفض كله (بصرامة): {count} مقاطع لن تُخزَّن كما يعطيها الملف:
{found}</numerusform>
            <numerusform>{path}: رُفض كله (بصرامة): {count} مقطعًا لن تُخزَّن كما يعطيها الملف:
{found}</numerusform>
            <numerusform>{path}: رُفض كله (بصرامة): {count} مقطع لن تُخزَّن كما يعطيها الملف:
{found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} links from spans to entities not written: {format} has no place for them</source>
        <translation>
            <numerusform>لا روابط من المقاطع بالكيانات تُركت: لا مكان لها في {format}</numerusform>
            <numerusform>لم يُكتب رابط واحد من مقطع بكيان: لا مكان له في {format}</numerusform>
            <numerusform>لم يُكتب رابطان من مقاطع بكيانات: لا مكان لهما في {format}</numerusform>
            <numerusform>لم تُكتب {count} روابط من مقاطع بكيانات: لا مكان لها في {format}</numerusform>
            <numerusform>لم يُكتب {count} رابطًا من مقاطع بكيانات: لا مكان لها في {format}</numerusform>
            <numerusform>لم يُكتب {count} رابط من مقاطع بكيانات: لا مكان لها في {format}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} links to spans of other annotators not written</source>
        <translation>
            <numerusform>لا روابط إلى مقاطع موسِّمين آخرين تُركت</numerusform>
            <numerusform>لم يُكتب رابط واحد إلى مقطع موسِّم آخر</numerusform>
            <numerusform>لم يُكتب رابطان إلى مقاطع موسِّمين آخرين</numerusform>
            <numerusform>لم تُكتب {count} روابط إلى مقاطع موسِّمين آخرين</numerusform>
            <numerusform>لم يُكتب {count} رابطًا إلى مقاطع موسِّمين آخرين</numerusform>
            <numerusform>لم يُكتب {count} رابط إلى مقاطع موسِّمين آخرين</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>{path}: not an annotation file this app reads (a Qari annotation file, CSV export or JSONL, a brat folder, doccano JSONL, Label Studio JSON, CoNLL)</source>
        <translation>{path}: ليس ملف توسيم يقرؤه هذا التطبيق (ملف توسيم قارئ أو CSV أو JSONL صدّره، أو مجلد brat، أو doccano JSONL، أو Label Studio JSON، أو CoNLL)</translation>
    </message>
    <message>
        <source>{source}: no annotator named {name!r} (has: {names})</source>
        <translation>{source}: لا موسِّم باسم {name!r} (الموجودون: {names})</translation>
    </message>
    <message>
        <source>{source}: holds spans by {names_count} annotators ({listed}); choose one with FILE#NAME</source>
        <translation>{source}: فيه مقاطع {names_count} موسِّمين ({listed})؛ اختر واحدًا بـ FILE#NAME</translation>
    </message>
    <message>
        <source>{path}: a CSV export carries no document text; give the annotation file holding the documents with --db</source>
        <translation>{path}: ملف CSV المصدَّر لا يحمل نصوص المستندات؛ أعطِ ملف التوسيم الذي فيه المستندات بـ ‎--db</translation>
    </message>
    <message>
        <source>document {document_id} is no longer in {display_name}</source>
        <translation>المستند {document_id} لم يعد في {display_name}</translation>
    </message>
    <message>
        <source>could not be backed up ({err})</source>
        <translation>تعذّر أخذ نسخة احتياطية منه ({err})</translation>
    </message>
    <message>
        <source>is damaged; nothing was restored</source>
        <translation>تالف؛ لم يُسترجع شيء</translation>
    </message>
    <message>
        <source>cannot be read ({err})</source>
        <translation>تتعذّر قراءته ({err})</translation>
    </message>
    <message>
        <source>could not be restored ({err})</source>
        <translation>تعذّر استرجاعه ({err})</translation>
    </message>
    <message>
        <source>is a folder, not an annotation file</source>
        <translation>مجلد وليس ملف توسيم</translation>
    </message>
    <message>
        <source>is an empty file, not an annotation file; give a path that does not exist yet to create one</source>
        <translation>ملف فارغ، وليس ملف توسيم؛ أعطِ مسارًا غير موجود بعد لإنشاء ملف جديد</translation>
    </message>
    <message>
        <source>cannot create folder ({err})</source>
        <translation>يتعذّر إنشاء المجلد ({err})</translation>
    </message>
    <message>
        <source>is damaged: missing tables {missing}</source>
        <translation>تالف: جداول مفقودة {missing}</translation>
    </message>
    <message>
        <source>needs upgrading for this version of Qari, but {read_only}; copy it to a folder you can write to and open the copy</source>
        <translation>يحتاج إلى ترقية لهذا الإصدار من قارئ، لكن {read_only}؛ انسخه إلى مجلد تستطيع الكتابة فيه وافتح النسخة</translation>
    </message>
    <message>
        <source>cannot be used ({orig})</source>
        <translation>يتعذّر استعماله ({orig})</translation>
    </message>
    <message>
        <source>was moved, renamed, deleted or replaced by another program while open, so nothing more can be saved to it. Nothing is lost yet: File ▸ Save a Copy As… writes everything it held, with your saved edits, to a new file</source>
        <translation>نُقل أو أُعيدت تسميته أو حُذف أو استبدله برنامج آخر وهو مفتوح، فلا يمكن حفظ شيء فيه بعد الآن. لم يضع شيء بعد: يكتب ملف ◂ حفظ نسخة باسم… كل ما كان فيه، مع تعديلاتك المحفوظة، في ملف جديد</translation>
    </message>
    <message>
        <source>is the open file itself; choose another</source>
        <translation>هو الملف المفتوح نفسه؛ اختر غيره</translation>
    </message>
    <message>
        <source>could not be written ({err})</source>
        <translation>تعذّرت كتابته ({err})</translation>
    </message>
    <message>
        <source>is open read-only ({read_only}), so nothing can be changed in it. File ▸ Save a Copy As… makes a copy you can annotate</source>
        <translation>مفتوح للقراءة فقط ({read_only})، فلا يمكن تغيير شيء فيه. يصنع ملف ◂ حفظ نسخة باسم… نسخة تستطيع توسيمها</translation>
    </message>
    <message>
        <source>is a SQLite file but not a Qari annotation file</source>
        <translation>ملف SQLite لكنه ليس ملف توسيم قارئ</translation>
    </message>
    <message>
        <source>has no valid schema version</source>
        <translation>ليس له إصدار مخطط صالح</translation>
    </message>
    <message>
        <source>was written by a newer version of Qari (file schema {version}, this app reads up to {SCHEMA_VERSION}); it was not opened or changed</source>
        <translation>كتبه إصدار أحدث من قارئ (مخطط الملف {version}، وهذا التطبيق يقرأ حتى {SCHEMA_VERSION})؛ لم يُفتح ولم يُغيَّر</translation>
    </message>
    <message>
        <source>has an impossible schema version {version}</source>
        <translation>إصدار مخططه {version} غير ممكن</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so the change could not be written. Nothing was saved. Free some space on that disk, then try again.</source>
        <translation>القرص الذي يحمل {path} ممتلئ، فتعذّرت كتابة التغيير. لم يُحفظ شيء. أفرغ بعض المساحة على ذلك القرص، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>{path} is being changed by another program (perhaps another Qari window), which did not finish within {timeout} seconds. Nothing was saved. Try again once it has finished.</source>
        <translation>برنامج آخر يغيّر {path} (ربما نافذة قارئ أخرى)، ولم ينتهِ خلال {timeout} ثانية. لم يُحفظ شيء. أعد المحاولة حين ينتهي.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the file, its folder or its disk is read-only. Nothing was saved. Save a copy somewhere you can write to (File ▸ Save a Copy As…), or change the file&apos;s permissions.</source>
        <translation>تتعذّر الكتابة في {path}: الملف أو مجلده أو قرصه للقراءة فقط. لم يُحفظ شيء. احفظ نسخة حيث تستطيع الكتابة (ملف ◂ حفظ نسخة باسم…)، أو غيّر أذونات الملف.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing {path} ({detail}). Nothing was saved. Check that the disk is still connected, then try again.</source>
        <translation>أبلغ القرص عن خطأ أثناء كتابة {path} ({detail}). لم يُحفظ شيء. تأكد أن القرص ما زال موصولًا، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>{path} cannot be opened any more: it may have been moved or deleted, or its folder or disk is no longer available ({detail}).</source>
        <translation>لم يعد ممكنًا فتح {path}: ربما نُقل أو حُذف، أو لم يعد مجلده أو قرصه متاحًا ({detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Restore it from a backup: File ▸ Restore From Backup…</source>
        <translation>{path} تالف ({detail}). استرجعه من نسخة احتياطية: ملف ◂ استرجاع من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>another program is writing to the file</source>
        <translation>برنامج آخر يكتب في الملف</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>تتعذّر الكتابة في الملف</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>أبلغ القرص عن خطأ</translation>
    </message>
    <message>
        <source>the file can no longer be opened</source>
        <translation>لم يعد ممكنًا فتح الملف</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>الملف تالف</translation>
    </message>
    <message>
        <source>label {id}</source>
        <translation>الوسم {id}</translation>
    </message>
    <message>
        <source>annotator {id}</source>
        <translation>الموسِّم {id}</translation>
    </message>
    <message>
        <source>link type {id}</source>
        <translation>نوع الرابط {id}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>and {count} more wrong lines</source>
        <translation>و{count} أسطر خاطئة أخرى</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>{path}: no names to import: {why}</source>
        <translation>{path}: لا أسماء للاستيراد: {why}</translation>
    </message>
    <message>
        <source>expected name&lt;TAB&gt;label or name&lt;TAB&gt;label&lt;TAB&gt;entity</source>
        <translation>المتوقع: الاسم&lt;TAB&gt;الوسم أو الاسم&lt;TAB&gt;الوسم&lt;TAB&gt;الكيان</translation>
    </message>
    <message>
        <source>label {label!r} is not in this annotation file&apos;s scheme</source>
        <translation>الوسم {label!r} ليس في مخطط ملف التوسيم هذا</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <translation>و{more} غيرها</translation>
    </message>
    <message>
        <source>cannot be reviewed: {shown}</source>
        <translation>لا يمكن مراجعته: {shown}</translation>
    </message>
    <message>
        <source>holds a value larger than {value} MiB; refused ({err})</source>
        <translation>فيه قيمة أكبر من {value} ميبيبايت؛ مرفوض ({err})</translation>
    </message>
    <message>
        <source>is damaged or not readable ({err})</source>
        <translation>تالف أو تتعذّر قراءته ({err})</translation>
    </message>
    <message>
        <source>is damaged: its table definitions are not valid UTF-8 ({reason})</source>
        <translation>تالف: تعريفات جداوله ليست UTF-8 صالحًا ({reason})</translation>
    </message>
    <message>
        <source>cannot be read ({strerror})</source>
        <translation>تتعذّر قراءته ({strerror})</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>ليس ملفًّا</translation>
    </message>
    <message>
        <source>is {value:.1f} GiB; a review reads files up to 4 GiB</source>
        <translation>حجمه {value:.1f} جيبيبايت؛ والمراجعة تقرأ ملفات حتى 4 جيبيبايت</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>is a {kind}, not a table</source>
        <translation>من النوع {kind}، وليس جدولًا</translation>
    </message>
    <message>
        <source>is not a Qari annotation file: table {table!r} {what}</source>
        <translation>ليس ملف توسيم قارئ: الجدول {table!r} {what}</translation>
    </message>
    <message>
        <source>is not a Qari annotation file: {table!r} lacks columns {missing}</source>
        <translation>ليس ملف توسيم قارئ: تنقص {table!r} أعمدة {missing}</translation>
    </message>
    <message>
        <source>has computed columns in {table!r} ({computed}); refused</source>
        <translation>فيه أعمدة محسوبة في {table!r} ({computed})؛ مرفوض</translation>
    </message>
    <message>
        <source>has schema version {version!r}; this app reviews versions 1 to {SCHEMA_VERSION} (a newer Qari wrote it?)</source>
        <translation>إصدار مخططه {version!r}؛ وهذا التطبيق يراجع الإصدارات من 1 إلى {SCHEMA_VERSION} (هل كتبه قارئ أحدث؟)</translation>
    </message>
    <message>
        <source>has no valid name</source>
        <translation>ليس له اسم صالح</translation>
    </message>
    <message>
        <source>is too large to review (more than {MAX_DOCUMENTS:,} documents or {MAX_SPANS:,} annotations)</source>
        <translation>أكبر من أن يُراجع (أكثر من {MAX_DOCUMENTS:,} مستند أو {MAX_SPANS:,} توسيم)</translation>
    </message>
    <message>
        <source>entity {id}</source>
        <translation>الكيان {id}</translation>
    </message>
    <message>
        <source>has no valid label or name</source>
        <translation>بلا وسم أو اسم صالح</translation>
    </message>
    <message>
        <source>link {id}</source>
        <translation>الرابط {id}</translation>
    </message>
    <message>
        <source>names a span, type or annotator not in the file</source>
        <translation>يسمّي مقطعًا أو نوعًا أو موسِّمًا ليس في الملف</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>المستند {id}</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation>ليس له نص</translation>
    </message>
    <message>
        <source>annotation {id}</source>
        <translation>التوسيم {id}</translation>
    </message>
    <message>
        <source>refers to document {id}, which is not in the file</source>
        <translation>يشير إلى المستند {id}، وهو ليس في الملف</translation>
    </message>
    <message>
        <source>refers to a label or annotator that is not in the file</source>
        <translation>يشير إلى وسم أو موسِّم ليس في الملف</translation>
    </message>
    <message>
        <source>offsets {start}, {end} are not whole numbers</source>
        <translation>الموضعان {start} و{end} ليسا عددين صحيحين</translation>
    </message>
    <message>
        <source>span [{start}, {end}) is empty</source>
        <translation>المقطع [{start}، {end}) فارغ</translation>
    </message>
    <message>
        <source>span [{start}, {end}) is reversed</source>
        <translation>المقطع [{start}، {end}) معكوس</translation>
    </message>
    <message>
        <source>span [{start}, {end}) lies outside its document (0 to {length})</source>
        <translation>المقطع [{start}، {end}) خارج مستنده (من 0 إلى {length})</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (at byte {byte})</source>
        <translation>ليس UTF-8 صالحًا (عند البايت {byte})</translation>
    </message>
    <message>
        <source>label {name!r} is not in this annotation file&apos;s scheme</source>
        <translation>الوسم {name!r} ليس في مخطط ملف التوسيم هذا</translation>
    </message>
    <message>
        <source>annotation {id} is no longer in the annotation file</source>
        <translation>التوسيم {id} لم يعد في ملف التوسيم</translation>
    </message>
    <message>
        <source>this span was changed elsewhere meanwhile (at {when}, after you last saw it at {seen}), so your change was not saved; it is shown as it is now</source>
        <translation>غُيّر هذا المقطع في مكان آخر في الأثناء (في {when}، بعد أن رأيته آخر مرة في {seen})، فلم يُحفظ تغييرك؛ وهو معروض الآن كما هو</translation>
    </message>
    <message>
        <source>link type {name!r} is not in this annotation file&apos;s scheme</source>
        <translation>نوع الرابط {name!r} ليس في مخطط ملف التوسيم هذا</translation>
    </message>
    <message>
        <source>{type} links start at spans labelled {label}</source>
        <translation>روابط {type} تبدأ من مقاطع موسومة بـ {label}</translation>
    </message>
    <message>
        <source>{type} links need a span labelled {label} to point to</source>
        <translation>روابط {type} تحتاج إلى مقطع موسوم بـ {label} تشير إليه</translation>
    </message>
    <message>
        <source>{type} links point to spans labelled {label} in the same article</source>
        <translation>روابط {type} تشير إلى مقاطع موسومة بـ {label} في المقال نفسه</translation>
    </message>
    <message>
        <source>the claim already has this {type} link</source>
        <translation>للادعاء رابط {type} هذا من قبل</translation>
    </message>
    <message>
        <source>is not an annotation file (not a SQLite database)</source>
        <translation>ليس ملف توسيم (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <source>{path}, line {number}</source>
        <translation>{path}، السطر {number}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>{shown}
… and {count} more</source>
        <translation>
            <numerusform>{shown}
… ولا غيرها</numerusform>
            <numerusform>{shown}
… وواحد آخر</numerusform>
            <numerusform>{shown}
… واثنان آخران</numerusform>
            <numerusform>{shown}
… و{count} أخرى</numerusform>
            <numerusform>{shown}
… و{count} أخرى</numerusform>
            <numerusform>{shown}
… و{count} أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} (and {count} more like it)</source>
        <translation>
            <numerusform>{first} (ولا مثيل له)</numerusform>
            <numerusform>{first} (ومثله واحد آخر)</numerusform>
            <numerusform>{first} (ومثله اثنان آخران)</numerusform>
            <numerusform>{first} (ومثله {count} أخرى)</numerusform>
            <numerusform>{first} (ومثله {count} أخرى)</numerusform>
            <numerusform>{first} (ومثله {count} أخرى)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} (and {count} more like it: {places}…)</source>
        <translation>
            <numerusform>{first} (ولا مثيل له: {places}…)</numerusform>
            <numerusform>{first} (ومثله واحد آخر: {places}…)</numerusform>
            <numerusform>{first} (ومثله اثنان آخران: {places}…)</numerusform>
            <numerusform>{first} (ومثله {count} أخرى: {places}…)</numerusform>
            <numerusform>{first} (ومثله {count} أخرى: {places}…)</numerusform>
            <numerusform>{first} (ومثله {count} أخرى: {places}…)</numerusform>
        </translation>
    </message>
    <message>
        <source>{added} added, {present} already present, {refused} refused</source>
        <translation>أُضيف {added}، وموجود من قبل {present}، ورُفض {refused}</translation>
    </message>
    <message>
        <source>{origin}: already in the annotation file (same text as «{title}»)</source>
        <translation>{origin}: موجود في ملف التوسيم من قبل (النص نفسه الذي في «{title}»)</translation>
    </message>
    <message>
        <source>unnamed source</source>
        <translation>مصدر غير مسمّى</translation>
    </message>
    <message>
        <source>Who the claim is attributed to (or an unnamed source)</source>
        <translation>من يُنسب إليه الادعاء (أو مصدر غير مسمّى)</translation>
    </message>
    <message>
        <source>The reporting words: قال، ذكرت، أعلن، وفقاً لـ</source>
        <translation>ألفاظ الإسناد: قال، ذكرت، أعلن، وفقاً لـ</translation>
    </message>
    <message>
        <source>A place the claim is about</source>
        <translation>مكان يتناوله الادعاء</translation>
    </message>
    <message>
        <source>{origin}: &apos;links&apos; must be a list</source>
        <translation>{origin}: يجب أن يكون &apos;links&apos; قائمة</translation>
    </message>
    <message>
        <source>{origin}: link type {number}</source>
        <translation>{origin}: نوع الرابط {number}</translation>
    </message>
    <message>
        <source>{origin}: link type names repeat</source>
        <translation>{origin}: أسماء أنواع الروابط مكررة</translation>
    </message>
    <message>
        <source>{origin}: link type shortcuts repeat</source>
        <translation>{origin}: اختصارات أنواع الروابط مكررة</translation>
    </message>
    <message>
        <source>{where} ({name}): {end!r} is not a label of the scheme</source>
        <translation>{where} ({name}): {end!r} ليس وسمًا في المخطط</translation>
    </message>
    <message>
        <source>Link the selected claim: {description}</source>
        <translation>اربط الادعاء المحدد: {description}</translation>
    </message>
    <message>
        <source>Link {name}…</source>
        <translation>ربط {name}…</translation>
    </message>
    <message>
        <source>Enter or a double-click shows the linked span</source>
        <translation>مفتاح الإدخال أو النقر المزدوج يُظهر المقطع المرتبط</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>أزل الرابط</translation>
    </message>
    <message>
        <source>Remove the link chosen above (undo with Ctrl+Z)</source>
        <translation>أزل الرابط المختار أعلاه (للتراجع: Ctrl+Z)</translation>
    </message>
    <message>
        <source>Select a {label} first: {name} links start at one.</source>
        <translation>حدد {label} أولًا: روابط {name} تبدأ منه.</translation>
    </message>
    <message>
        <source> (new {label})</source>
        <translation> ({label} جديد)</translation>
    </message>
    <message>
        <source>No {label} on this article to link to: tag one first.</source>
        <translation>لا {label} في هذا المقال للربط به: وسِم واحدًا أولًا.</translation>
    </message>
    <message>
        <source>Link {claim} to {target} ({name})</source>
        <translation>ربط {claim} بـ {target} ({name})</translation>
    </message>
    <message>
        <source>Link as {name} of {claim}</source>
        <translation>اربطه {name} لـ {claim}</translation>
    </message>
    <message>
        <source>Choose a link in the Attribution pane to remove.</source>
        <translation>اختر رابطًا في لوحة الإسناد لإزالته.</translation>
    </message>
    <message>
        <source>Remove {name} link</source>
        <translation>إزالة رابط {name}</translation>
    </message>
    <message>
        <source>Select a claim to see who said it.</source>
        <translation>حدد ادعاءً لترى من قاله.</translation>
    </message>
    <message>
        <source> (claim)</source>
        <translation> (ادعاء)</translation>
    </message>
    <message numerus="yes">
        <source>{label} {quote}: {count} links</source>
        <translation>
            <numerusform>{label} {quote}: لا روابط</numerusform>
            <numerusform>{label} {quote}: رابط واحد</numerusform>
            <numerusform>{label} {quote}: رابطان</numerusform>
            <numerusform>{label} {quote}: {count} روابط</numerusform>
            <numerusform>{label} {quote}: {count} رابطًا</numerusform>
            <numerusform>{label} {quote}: {count} رابط</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: a claims CSV is written for spreadsheets; it cannot be read back (move annotations between files with the Qari JSONL)</source>
        <translation>{path}: ملف CSV للادعاءات مكتوب لجداول البيانات ولا يُقرأ مرة أخرى (انقل التوسيمات بين الملفات بصيغة Qari JSONL)</translation>
    </message>
    <message>
        <source>same link</source>
        <translation>الرابط نفسه</translation>
    </message>
    <message>
        <source>other link target</source>
        <translation>طرف آخر للرابط</translation>
    </message>
    <message>
        <source>only my link</source>
        <translation>رابطي فقط</translation>
    </message>
    <message>
        <source>only their link</source>
        <translation>رابطه فقط</translation>
    </message>
    <message>
        <source>Accept theirs: remove my {name} link</source>
        <translation>قبول ما لديه: إزالة رابط {name} الخاص بي</translation>
    </message>
    <message>
        <source>Take their {name} link</source>
        <translation>أخذ رابط {name} الخاص به</translation>
    </message>
    <message>
        <source>Accept theirs</source>
        <translation>قبول ما لديه</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>the same name spelt another way (alef, ya, ta marbuta, harakat)</source>
        <translation>الاسم نفسه بإملاء آخر (الألف، الياء، التاء المربوطة، الحركات)</translation>
    </message>
    <message>
        <source>the same name with و، ف، ب، ل، ك or ال before it</source>
        <translation>الاسم نفسه تسبقه و، ف، ب، ل، ك أو ال</translation>
    </message>
    <message>
        <source>the same letters, spaced differently</source>
        <translation>الحروف نفسها بفواصل مختلفة</translation>
    </message>
    <message>
        <source>the same consonants, long vowels differ</source>
        <translation>الحروف الساكنة نفسها وحروف المد مختلفة</translation>
    </message>
    <message>
        <source>one letter differs</source>
        <translation>يختلف حرف واحد</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>أحد الاسمين جزء من الآخر</translation>
    </message>
    <message>
        <source>two letters differ</source>
        <translation>يختلف حرفان</translation>
    </message>
    <message>
        <source>only two entities of one label can be merged</source>
        <translation>لا يُدمج إلا كيانان من وسم واحد</translation>
    </message>
    <message>
        <source>an entity is an ACTOR or a PLACE, not {label}</source>
        <translation>الكيان فاعل (ACTOR) أو مكان (PLACE)، لا {label}</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>الكيان يحتاج إلى اسم</translation>
    </message>
    <message>
        <source>entity {id} is no longer in the annotation file</source>
        <translation>الكيان {id} لم يعد في ملف التوسيم</translation>
    </message>
    <message>
        <source>span {span} cannot name entity {entity}: other label or gone</source>
        <translation>لا يمكن أن يسمّي المقطع {span} الكيان {entity}: وسم آخر أو محذوف</translation>
    </message>
    <message>
        <source>Ctrl+E links the span to the entity chosen below; Ctrl+Shift+N makes a new one</source>
        <translation>Ctrl+E يربط المقطع بالكيان المختار أدناه؛ Ctrl+Shift+N ينشئ كياناً جديداً</translation>
    </message>
    <message>
        <source>Enter or a double-click links the span to this entity</source>
        <translation>Enter أو النقر المزدوج يربط المقطع بهذا الكيان</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation>ويُسمّى أيضاً: {names}</translation>
    </message>
    <message>
        <source>External id: {id}</source>
        <translation>المعرّف الخارجي: {id}</translation>
    </message>
    <message>
        <source>Select an ACTOR or a PLACE to link it to an entity.</source>
        <translation>حدد فاعلاً (ACTOR) أو مكاناً (PLACE) لربطه بكيان.</translation>
    </message>
    <message>
        <source>No entity is like {quote}: Ctrl+Shift+N makes a new one.</source>
        <translation>لا كيان يشبه {quote}: Ctrl+Shift+N ينشئ كياناً جديداً.</translation>
    </message>
    <message>
        <source>Link {quote} to {name}</source>
        <translation>ربط {quote} بـ {name}</translation>
    </message>
    <message>
        <source>New entity {name}</source>
        <translation>كيان جديد {name}</translation>
    </message>
    <message>
        <source>Unlink {quote}</source>
        <translation>فك ربط {quote}</translation>
    </message>
    <message numerus="yes">
        <source>{text}: {count} mentions on this article linked.</source>
        <translation>
            <numerusform>{text}: لم يُربط أي ذكر في هذا المقال.</numerusform>
            <numerusform>{text}: رُبط ذكر واحد في هذا المقال.</numerusform>
            <numerusform>{text}: رُبط ذكران في هذا المقال.</numerusform>
            <numerusform>{text}: رُبطت {count} مرات ذكر في هذا المقال.</numerusform>
            <numerusform>{text}: رُبط {count} ذكرًا في هذا المقال.</numerusform>
            <numerusform>{text}: رُبط {count} ذكر في هذا المقال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>دمج {other} في {keep}</translation>
    </message>
    <message>
        <source>Split {name} off {entity}</source>
        <translation>فصل {name} عن {entity}</translation>
    </message>
    <message>
        <source>Edit entity {name}</source>
        <translation>تحرير الكيان {name}</translation>
    </message>
    <message>
        <source>Delete entity {name}</source>
        <translation>حذف الكيان {name}</translation>
    </message>
    <message>
        <source>Select an actor or a place to see its entity.</source>
        <translation>حدد فاعلاً أو مكاناً لترى كيانه.</translation>
    </message>
    <message>
        <source>Linked to {name}. It may also be:</source>
        <translation>مرتبط بـ {name}. وقد يكون أيضاً:</translation>
    </message>
    <message>
        <source>Perhaps {quote} is:</source>
        <translation>ربما يكون {quote}:</translation>
    </message>
    <message>
        <source>No entity is like {quote} yet.</source>
        <translation>لا كيان يشبه {quote} بعد.</translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation>&amp;الكيان</translation>
    </message>
    <message>
        <source>Link to {text}</source>
        <translation>ربط بـ {text}</translation>
    </message>
    <message>
        <source>New Entity {name}</source>
        <translation>كيان جديد {name}</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <source>Import a gazetteer</source>
        <translation>استيراد معجم أسماء</translation>
    </message>
    <message>
        <source>Gazetteers (*.txt *.tsv);;All files (*)</source>
        <translation>معاجم الأسماء (*.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Gazetteer not imported</source>
        <translation>لم يُستورد معجم الأسماء</translation>
    </message>
    <message>
        <source>Gazetteer imported</source>
        <translation>استُورد معجم الأسماء</translation>
    </message>
    <message>
        <source>{names} new names to suggest; {entities} entities made; {aliases} names added to entities.</source>
        <translation>أسماء جديدة للاقتراح: {names}؛ كيانات أُنشئت: {entities}؛ أسماء أُضيفت إلى كيانات: {aliases}.</translation>
    </message>
    <message>
        <source>Lines skipped:
</source>
        <translation>أسطر تُخطّيت:
</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>ويُعرف أيضاً بـ</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الذكر</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>المنافذ</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <source>Actors and places</source>
        <translation>الفاعلون والأماكن</translation>
    </message>
    <message>
        <source>Filter by name, alias, outlet…</source>
        <translation>صفِّ حسب الاسم أو الاسم الآخر أو المنفذ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Rename the entity, give it aliases, an external id (e.g. a Wikidata QID) or a note</source>
        <translation>أعد تسمية الكيان أو أعطه أسماء أخرى أو معرّفاً خارجياً (مثل QID في ويكي بيانات) أو ملاحظة</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Make the two chosen entities one: the one named more often keeps its name, the other&apos;s names become aliases</source>
        <translation>اجعل الكيانين المختارين كياناً واحداً: الأكثر ذكراً يحتفظ باسمه وتصير أسماء الآخر أسماءً أخرى له</translation>
    </message>
    <message>
        <source>Split Off…</source>
        <translation>فصل…</translation>
    </message>
    <message>
        <source>Move the chosen mentions to a new entity</source>
        <translation>انقل الذكر المختار إلى كيان جديد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the entity; its mentions stay tagged and name none</source>
        <translation>احذف الكيان؛ يبقى ذكره موسوماً ولا يسمّي كياناً</translation>
    </message>
    <message>
        <source>Find Likely Duplicates</source>
        <translation>ابحث عن المكرر المحتمل</translation>
    </message>
    <message>
        <source>List entities whose names may be one: same spelling folded, clitics, spacing, consonants</source>
        <translation>اعرض الكيانات التي قد تكون أسماؤها واحدة: الإملاء الموحَّد، السوابق، الفواصل، الحروف الساكنة</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the article at the mention; choose several to split them off</source>
        <translation>Enter أو النقر المزدوج يفتح المقال عند الذكر؛ اختر عدة منها لفصلها</translation>
    </message>
    <message>
        <source>The claims this actor is linked to as their source</source>
        <translation>الادعاءات المرتبطة بهذا الفاعل مصدراً لها</translation>
    </message>
    <message>
        <source>Enter or a double-click chooses both; Merge makes them one</source>
        <translation>Enter أو النقر المزدوج يختار الاثنين؛ «دمج» يجعلهما واحداً</translation>
    </message>
    <message>
        <source>Claims by this actor</source>
        <translation>ادعاءات هذا الفاعل</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>المكرر المحتمل</translation>
    </message>
    <message>
        <source>Choose the mentions to split off first.</source>
        <translation>اختر الذكر المراد فصله أولاً.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>لا مكرر محتمل.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Other names of this entity, one a line</source>
        <translation>أسماء أخرى لهذا الكيان، اسم في كل سطر</translation>
    </message>
    <message>
        <source>e.g. Q12345 (typed by you; nothing is fetched)</source>
        <translation>مثل Q12345 (تكتبه أنت؛ لا يُجلب شيء)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Also known as:</source>
        <translation>ويُعرف أي&amp;ضاً بـ:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>المعرّف ال&amp;خارجي:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>الم&amp;لاحظة:</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>كيان جديد</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: tag some names, or import a gazetteer.</source>
        <translation>لا شيء للاقتراح بعد: اوسم بعض الأسماء أو استورد معجم أسماء.</translation>
    </message>
    <message>
        <source>Suggested: {label} {quote}. Ctrl+Enter tags it, Ctrl+Backspace turns it down, F6 goes to the next.</source>
        <translation>مقترح: {label} {quote}. Ctrl+Enter يسمه، Ctrl+Backspace يرفضه، F6 ينتقل إلى التالي.</translation>
    </message>
    <message>
        <source>No suggestions on this article.</source>
        <translation>لا اقتراحات في هذا المقال.</translation>
    </message>
    <message>
        <source>Suggested: {label} {quote} (Ctrl+Enter tags it, Ctrl+Backspace turns it down)</source>
        <translation>مقترح: {label} {quote} (Ctrl+Enter يسمه، Ctrl+Backspace يرفضه)</translation>
    </message>
    <message>
        <source>Accept suggestion {quote} as {label}</source>
        <translation>قبول الاقتراح {quote} بوسم {label}</translation>
    </message>
    <message>
        <source>Reject suggestion {quote}</source>
        <translation>رفض الاقتراح {quote}</translation>
    </message>
    <message>
        <source>No suggestion chosen: F6 goes to the next one.</source>
        <translation>لا اقتراح مختار: F6 ينتقل إلى التالي.</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بلا مصدر)</translation>
    </message>
    <message>
        <source>(unnamed source)</source>
        <translation>(مصدر غير مسمّى)</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(بلا وسيلة نشر)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(بلا تاريخ)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>محكَّم</translation>
    </message>
    <message>
        <source>{name} has not started</source>
        <translation>لم يبدأ {name}</translation>
    </message>
    <message>
        <source>{name} is working on it</source>
        <translation>{name} يعمل عليه</translation>
    </message>
    <message>
        <source>{name} marked it done</source>
        <translation>علّمه {name} منجزاً</translation>
    </message>
    <message>
        <source>{name} marked it adjudicated</source>
        <translation>علّمه {name} محكَّماً</translation>
    </message>
    <message>
        <source>you have not started</source>
        <translation>لم تبدأ أنت</translation>
    </message>
    <message>
        <source>you are working on it</source>
        <translation>أنت تعمل عليه</translation>
    </message>
    <message>
        <source>you marked it done</source>
        <translation>علّمته أنت منجزاً</translation>
    </message>
    <message>
        <source>you marked it adjudicated</source>
        <translation>علّمته أنت محكَّماً</translation>
    </message>
    <message>
        <source>Spans by label</source>
        <translation>المقاطع حسب الوسم</translation>
    </message>
    <message>
        <source>Spans by annotator</source>
        <translation>المقاطع حسب الموسِّم</translation>
    </message>
    <message>
        <source>Articles by outlet</source>
        <translation>المقالات حسب وسيلة النشر</translation>
    </message>
    <message>
        <source>Most frequent actors</source>
        <translation>الفاعلون الأكثر وروداً</translation>
    </message>
    <message>
        <source>Most frequent places</source>
        <translation>الأماكن الأكثر وروداً</translation>
    </message>
    <message>
        <source>Claims by source and outlet</source>
        <translation>الادعاءات حسب المصدر ووسيلة النشر</translation>
    </message>
    <message>
        <source>Articles per day</source>
        <translation>المقالات في كل يوم</translation>
    </message>
    <message>
        <source>Spans per day</source>
        <translation>المقاطع في كل يوم</translation>
    </message>
    <message>
        <source>Annotator progress</source>
        <translation>تقدّم الموسِّمين</translation>
    </message>
    <message numerus="yes">
        <source>{name}: {count} spans</source>
        <translation>
            <numerusform>{name}: لا مقاطع</numerusform>
            <numerusform>{name}: مقطع واحد</numerusform>
            <numerusform>{name}: مقطعان</numerusform>
            <numerusform>{name}: {count} مقاطع</numerusform>
            <numerusform>{name}: {count} مقطعًا</numerusform>
            <numerusform>{name}: {count} مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {count} articles</source>
        <translation>
            <numerusform>{name}: لا مقالات</numerusform>
            <numerusform>{name}: مقال واحد</numerusform>
            <numerusform>{name}: مقالان</numerusform>
            <numerusform>{name}: {count} مقالات</numerusform>
            <numerusform>{name}: {count} مقالًا</numerusform>
            <numerusform>{name}: {count} مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this part of the file</source>
        <translation>لا شيء في هذا الجزء من الملف</translation>
    </message>
    <message>
        <source>{outlet}: {articles} articles, {spans} spans</source>
        <translation>{outlet}: {articles} مقالاً، {spans} مقطعاً</translation>
    </message>
    <message numerus="yes">
        <source>{source} in {outlet}: {count} claims</source>
        <translation>
            <numerusform>{source} في {outlet}: لا ادعاءات</numerusform>
            <numerusform>{source} في {outlet}: ادعاء واحد</numerusform>
            <numerusform>{source} في {outlet}: ادعاءان</numerusform>
            <numerusform>{source} في {outlet}: {count} ادعاءات</numerusform>
            <numerusform>{source} في {outlet}: {count} ادعاءً</numerusform>
            <numerusform>{source} في {outlet}: {count} ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{annotator}: {count} articles {status}</source>
        <translation>
            <numerusform>{annotator}: لا مقالات {status}</numerusform>
            <numerusform>{annotator}: مقال واحد {status}</numerusform>
            <numerusform>{annotator}: مقالان {status}</numerusform>
            <numerusform>{annotator}: {count} مقالات {status}</numerusform>
            <numerusform>{annotator}: {count} مقالًا {status}</numerusform>
            <numerusform>{annotator}: {count} مقال {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} articles {no_date} are not on the timeline</source>
        <translation>
            <numerusform>لا مقالات {no_date} خارج الخط الزمني</numerusform>
            <numerusform>مقال واحد {no_date} ليس على الخط الزمني</numerusform>
            <numerusform>مقالان {no_date} ليسا على الخط الزمني</numerusform>
            <numerusform>{count} مقالات {no_date} ليست على الخط الزمني</numerusform>
            <numerusform>{count} مقالًا {no_date} ليست على الخط الزمني</numerusform>
            <numerusform>{count} مقال {no_date} ليست على الخط الزمني</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the articles of one outlet</source>
        <translation>مقالات وسيلة نشر واحدة فقط</translation>
    </message>
    <message>
        <source>Only one annotator&apos;s spans</source>
        <translation>مقاطع موسِّم واحد فقط</translation>
    </message>
    <message>
        <source>Only the articles you marked so</source>
        <translation>المقالات التي علّمتها بهذه الحالة فقط</translation>
    </message>
    <message>
        <source>Only articles dated on or after this day</source>
        <translation>المقالات المؤرخة في هذا اليوم أو بعده فقط</translation>
    </message>
    <message>
        <source>Only articles dated on or before this day</source>
        <translation>المقالات المؤرخة في هذا اليوم أو قبله فقط</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <source>Show the whole file again</source>
        <translation>اعرض الملف كله من جديد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>What the figure you clicked counted: Enter or a double-click opens it</source>
        <translation>ما عدّه الرقم الذي نقرته: يفتحه Enter أو النقر المزدوج</translation>
    </message>
    <message>
        <source>Click a bar or a figure to list what it counts</source>
        <translation>انقر عموداً أو رقماً لسرد ما يعدّه</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>كل وسائل النشر</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>كل الموسِّمين</translation>
    </message>
    <message>
        <source>{articles} articles, {spans} spans. Yours: {statuses}</source>
        <translation>{articles} مقالاً، {spans} مقطعاً. مقالاتك: {statuses}</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>احفظ هذا الرسم بصيغة PNG أو SVG</translation>
    </message>
    <message>
        <source>Save as {kind}…</source>
        <translation>احفظ بصيغة {kind}…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>حفظ الرسم</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>لم يُحفظ الرسم</translation>
    </message>
    <message>
        <source>{path}: could not be written</source>
        <translation>{path}: تعذّرت الكتابة</translation>
    </message>
    <message>
        <source>{caption} — {count} listed</source>
        <translation>{caption} — {count} معروضاً</translation>
    </message>
    <message>
        <source>{path}: cannot tell which column holds {missing} (its columns: {header}); name them, for example --columns doc=File,start=Begin</source>
        <translation>{path}: تعذّر معرفة العمود الذي يحمل {missing} (أعمدته: {header})؛ سمِّها، مثلًا --columns doc=File,start=Begin</translation>
    </message>
    <message>
        <source>--columns: {item!r} is not FIELD=COLUMN, FIELD one of {fields}</source>
        <translation>--columns: {item!r} ليس بالشكل FIELD=COLUMN، وFIELD واحد من {fields}</translation>
    </message>
    <message>
        <source>{path}: the column {name!r} is not imported</source>
        <translation>{path}: العمود {name!r} لا يُستورد</translation>
    </message>
    <message>
        <source>{where}: span [{start}, {end}) is empty, reversed or negative</source>
        <translation>{where}: المقطع [{start}, {end}) فارغ أو معكوس أو سالب</translation>
    </message>
    <message>
        <source>{where}: no document or no label</source>
        <translation>{where}: لا مستند أو لا وسم</translation>
    </message>
    <message>
        <source>{where}: {field} {cell!r} is not a whole number</source>
        <translation>{where}: {field} {cell!r} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>Document (file name, title, id or SHA-256):</source>
        <translation>المستند (اسم الملف أو العنوان أو المعرّف أو SHA-256):</translation>
    </message>
    <message>
        <source>Start offset:</source>
        <translation>موضع البداية:</translation>
    </message>
    <message>
        <source>End offset:</source>
        <translation>موضع النهاية:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Span text:</source>
        <translation>نص المقطع:</translation>
    </message>
    <message>
        <source>Annotator:</source>
        <translation>الموسِّم:</translation>
    </message>
    <message>
        <source>characters (code points; Python tools)</source>
        <translation>حروفًا (نقاط ترميز؛ أدوات Python)</translation>
    </message>
    <message>
        <source>UTF-16 units (JavaScript tools)</source>
        <translation>وحدات UTF-16 (أدوات JavaScript)</translation>
    </message>
    <message>
        <source>UTF-8 bytes</source>
        <translation>بايتات UTF-8</translation>
    </message>
    <message>
        <source>{APP_NAME} — Span table</source>
        <translation>{APP_NAME} — جدول مقاطع</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(اختر)</translation>
    </message>
    <message>
        <source>Arabic text counted in bytes gives offsets about twice as large as in characters; UTF-16 units differ from characters only after an emoji</source>
        <translation>النص العربي المعدود بالبايتات يعطي مواضع تقارب ضعف مواضعه بالحروف؛ ولا تختلف وحدات UTF-16 عن الحروف إلا بعد رمز تعبيري</translation>
    </message>
    <message>
        <source>Offsets count:</source>
        <translation>تعدّ المواضع:</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>اقرأ</translation>
    </message>
    <message>
        <source>Which column of the table holds what?</source>
        <translation>أيّ عمود في الجدول يحمل ماذا؟</translation>
    </message>
    <message>
        <source>already exists; pull writes a new file, give a path that does not exist yet</source>
        <translation>موجود من قبل؛ السحب يكتب ملفًا جديدًا، فاختر مسارًا غير موجود بعد</translation>
    </message>
    <message>
        <source>is not a database URL ({err})</source>
        <translation>ليس عنوان قاعدة بيانات ({err})</translation>
    </message>
    <message>
        <source>names no database; write postgresql://user@host/dbname</source>
        <translation>لا يسمّي قاعدة بيانات؛ اكتب postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>is a database of something else (it has tables but no Qari ones); give an empty database or a Qari team database</source>
        <translation>قاعدة بيانات لشيء آخر (فيها جداول ليست لقارئ)؛ اختر قاعدة بيانات فارغة أو قاعدة بيانات فريق لقارئ</translation>
    </message>
    <message>
        <source>needs a password ({err})</source>
        <translation>تحتاج إلى كلمة مرور ({err})</translation>
    </message>
    <message>
        <source>cannot be used ({err})</source>
        <translation>لا يمكن استخدامها ({err})</translation>
    </message>
    <message>
        <source>{APP_NAME} — Open Team Database</source>
        <translation>{APP_NAME} — فتح قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, as your administrator gave it</source>
        <translation>اسم الخادم أو عنوانه كما أعطاك إياه المسؤول</translation>
    </message>
    <message>
        <source>The team&apos;s database on that server</source>
        <translation>قاعدة بيانات الفريق على ذلك الخادم</translation>
    </message>
    <message>
        <source>Your user name on the server (your tags are kept under the annotator name, as in a file)</source>
        <translation>اسم المستخدم على الخادم (تُحفظ توسيماتك باسم الموسِّم، كما في الملف)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>المضيف:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>The password is asked for when the server wants one and is never saved; ~/.pgpass and PGPASSWORD are used when set.</source>
        <translation>تُطلب كلمة المرور حين يطلبها الخادم ولا تُحفظ أبدًا؛ ويُستعمل ملف كلمات مرور PostgreSQL أو متغير البيئة PGPASSWORD إن وُجدا.</translation>
    </message>
    <message>
        <source>{APP_NAME} — Password</source>
        <translation>{APP_NAME} — كلمة المرور</translation>
    </message>
    <message>
        <source>{where} asks for a password.
{problem}

Password:</source>
        <translation>{where} يطلب كلمة مرور.
{problem}

كلمة المرور:</translation>
    </message>
    <message>
        <source>The new articles can be read and tagged now. Until their search index is built, Search All Articles reads them one by one, after the indexed ones.</source>
        <translation>يمكن قراءة المقالات الجديدة ووسمها الآن. وإلى أن تكتمل فهرستها يقرؤها «البحث في كل المقالات» واحدًا واحدًا بعد المقالات المفهرسة.</translation>
    </message>
    <message>
        <source>Indexing for search: {done} of {total}</source>
        <translation>الفهرسة للبحث: {done} من {total}</translation>
    </message>
</context>
</TS>
