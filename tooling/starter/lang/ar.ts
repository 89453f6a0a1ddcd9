/** The Arabic starter of `npm run new`; same shape as the English one (en.ts). */
import type { StarterTexts } from './en.ts';

export const ar: StarterTexts = {
  // Name, role and institution in isolates (U+2068 … U+2069): a Latin name keeps the Arabic sentence's order.
  bio: ({ name, role, affiliation }) =>
    `هذا هو الموقع الإلكتروني لـ\u2068${name}\u2069${
      role || affiliation
        ? `، ${[role, affiliation]
            .filter(Boolean)
            .map((part) => `\u2068${part}\u2069`)
            .join('، ')}`
        : ''
    }.`,
  replaceBio: 'استبدل بهذا النص بضع جمل عن عملك، بلغة Markdown.',
  examples: {
    awardName: 'جائزة أفضل بحث',
    awardRank: 'المركز الأول',
    awardDescription: 'عن مترجم برمجي يُقرأ كأنه <i>إنجليزية</i>',
    educationLocation: 'نيو هيفن، الولايات المتحدة',
    degree: 'دكتوراه (Ph.D.)',
    educationField: 'الرياضيات',
    grade: 'بامتياز',
    thesis: 'أنواع جديدة من معايير عدم القابلية للاختزال',
    unit: 'قسم الرياضيات',
    workLocation: 'بوكيبسي، الولايات المتحدة',
    role: 'محاضرة أولى في علوم الحاسوب',
    positionSummary: 'التدريس والبحث في المترجمات البرمجية.',
    responsibility: 'تصميم مقرر البرمجة للسنة الأولى',
    positionBody: 'يصف متن الملف هذه الوظيفة، بلغة Markdown.',
    projectTitle: 'لغات شبيهة بالإنجليزية لمعالجة البيانات',
    grantBody: 'ما تموّله المنحة، بلغة Markdown. لا يظهر المبلغ إلا في السيرة الذاتية المطبوعة (visibility cv)، ومع hidden لا يظهر في أي مكان.',
    lectureTitle: 'Introduction to Programming',
    lectureLanguage: 'en',
    newsTitle: 'بحثنا عن المترجم البرمجي يفوز بجائزة أفضل بحث',
    newsBody:
      'فقرة قصيرة بلغة Markdown. تُكتب الروابط إلى المُدخلات بالصيغة نوع:معرّف، مثل [البحث](publication:hopper2021compiler)، وإلى صفحات الموقع بمسارها، مثل [جميع المنشورات](/publications/).',
    pageTitle: 'البحث العلمي',
    pageDescription: 'لغات برمجة تُقرأ كأنها إنجليزية.',
    pageBody:
      'صفحة مستقلة على المسار /research/، بلغة Markdown. تُكتب الروابط إلى المُدخلات بالصيغة نوع:معرّف، مثل [مترجمنا البرمجي](publication:hopper2021compiler) أو [المقرر](course:compilers)، وإلى صفحات الموقع بمسارها، مثل [السيرة الذاتية](/cv/)؛ ويتحقق vita منها ويضيف المسار الأساسي.',
    patentTitle: 'طريقة لترجمة تعليمات شبيهة بالإنجليزية إلى لغة الآلة',
    portraitAlt: 'غريس هوبر جالسة إلى مكتبها',
    birthPlace: 'نيويورك',
    nationality: 'أمريكية',
    country: 'الولايات المتحدة',
    profileBody: 'تعمل غريس هوبر على لغات برمجة تُقرأ كأنها إنجليزية. تعمل لغة *Markdown* هنا: [الروابط](https://example.org) والقوائم والتوكيد.',
    projectBody: 'موضوع المشروع، بلغة Markdown.',
    publicationTitle: 'مترجم برمجي لمعالجة البيانات <i>التجارية</i>',
    slidesLabel: 'شرائح العرض',
    publicationNote: 'بحث بدعوة',
    publicationBody: 'الملخص، بلغة Markdown، مع صيغ رياضية بلغة TeX مثل $O(n \\log n)$. يظهر في صفحة المنشور.',
    serviceRole: 'محكّمة في مسار البحث',
    skillGroup: 'البرمجة',
    skillLead: 'لغات وأدوات، مثل',
    firstLanguage: 'الإنجليزية',
    secondLanguage: 'الألمانية',
    thesisTitle: 'ملاحظات على <i>الآلة التحليلية</i>',
    nextPosition: 'باحثة ما بعد الدكتوراه في جامعة لندن',
    supervisionBody: 'موضوع الرسالة، بلغة Markdown. لمن ليس مدرجًا في content/people/، اكتب name: بدلًا من person:.',
    talkTitle: 'مترجمات برمجية للجميع',
    talkCountry: 'المملكة المتحدة',
    talkNote: 'مع عرض حي',
    courseTitle: 'المترجمات البرمجية و<i>المفسِّرات</i>',
    notesLabel: 'ملاحظات المحاضرات',
    courseBody: 'ما يتناوله المقرر، بلغة Markdown. الفصول: 2021-WS و2022-SS (الفصلان الشتوي والصيفي)، و2023-spring و-summer و-fall و-winter، و2023-Q1 إلى Q4، أو سنة.',
  },
};
