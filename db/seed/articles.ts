// Demo articles for the fictional Millbrook Ledger, written for this project: English, and a few for the town's
// Russian-speaking readers (each language's front page lists its own).
import type { Locale } from '@/lib/i18n/locales';

export type DemoArticle = {
  slug: string;
  /** The language the article is written in. */
  language: Locale;
  headline: string;
  standfirst: string;
  byline: string;
  section: string;
  daysAgo: number;
  body: string;
};

export const demoArticles: DemoArticle[] = [
  {
    slug: 'river-bridge-repairs-delayed',
    language: 'en',
    headline: 'Repairs to the Old River Bridge slip another year as costs climb',
    standfirst: 'The county now expects the crossing to reopen in 2028. Shop owners on Ferry Street say they cannot wait that long.',
    byline: 'Dana Whitcombe',
    section: 'Local',
    daysAgo: 1,
    body: `The Old River Bridge, closed to traffic since a routine inspection found corroded bearings two winters ago, will stay shut for at least another year, county engineers told the public works committee on Tuesday night.

The revised estimate puts the repair at $14.2 million, up from $9.8 million when the work was first put out to tender. Engineers blamed the price of structural steel and a second survey that found more damage below the waterline than divers had first reported.

## Ferry Street feels the detour

For the dozen businesses on Ferry Street, the news landed hard. "Half my customers used to walk over from the east side on their lunch break," said Marisol Agbaje, who has run the Riverside Bakery for eleven years. "Now it is a twenty-minute drive around by the highway. They do not come."

A survey by the Millbrook Chamber of Commerce found that foot traffic on the street had fallen by roughly a third since the closure. Three storefronts have emptied in that time.

## What happens next

The committee voted 5-2 to ask the state for emergency infrastructure money, which could shave several months off the schedule if it arrives before the spring construction season. Commissioner Ray Oduya, one of the two votes against, said the county should instead build a temporary pedestrian crossing "so people can at least walk across while we wait."

The Ledger asked the county for the full engineering report. We will publish it, with an annotated guide to what it says, when we receive it.`,
  },
  {
    slug: 'school-board-budget-vote',
    language: 'en',
    headline: 'School board approves a leaner budget, keeping music and late buses',
    standfirst: 'After three packed public meetings, trustees found savings in energy and transport rather than in classrooms.',
    byline: 'Priya Lindqvist',
    section: 'Education',
    daysAgo: 2,
    body: `Millbrook's school board passed its budget for next year in a 6-1 vote on Monday, closing a $2.3 million gap without cutting the music programme or the late buses that parents had lined up to defend.

The savings come mostly from two places: a new contract for heating oil that trustees said would save about $610,000, and the merger of two bus routes that each ran less than half full.

## Parents made the difference

At the first budget hearing in March, the draft plan would have ended instrumental lessons in the primary schools. More than 200 people came to the second hearing, many of them students carrying their instruments.

"I have never seen the board change course this quickly," said Helen Marsh, who has attended board meetings for fifteen years as a parent and now as a grandparent.

## The lone vote against

Trustee Ben Castellanos voted no, arguing that the energy savings depend on prices the district does not control. "If oil goes up next winter, we are back here in January with nothing left to cut but teachers," he said.

The budget goes to voters in May.`,
  },
  {
    slug: 'clinic-waiting-times',
    language: 'en',
    headline: 'Waiting times at the county clinic have doubled. Here is why.',
    standfirst: 'A Ledger analysis of two years of appointment data shows how the loss of four doctors rippled through the system.',
    byline: 'Tomasz Adeyemi',
    section: 'Health',
    daysAgo: 4,
    body: `Patients at the Millbrook County Clinic now wait a median of 19 days for a routine appointment, up from nine days two years ago, according to appointment records the Ledger obtained through a public records request.

The clinic lost four of its eleven doctors over that period: two retired, one moved to a private practice in the city and one left medicine altogether. Only one has been replaced.

## Who waits longest

The delays are not spread evenly. Patients who need a follow-up after a hospital stay are still seen within a week, because the clinic protects those slots. Everyone else has absorbed the shortage. New patients wait longest of all: a median of 41 days.

"We triage as well as we can," said the clinic's director, Dr. Aisha Pennington. "But triage only moves the wait around. It does not make it shorter."

## How we did this

We received anonymised records for 61,000 appointments. We counted the days between the date a patient asked for an appointment and the date they were seen, and excluded cancellations. Our full method and the data are published on our website so that anyone can check the figures.`,
  },
  {
    slug: 'farmers-market-moves-indoors',
    language: 'en',
    headline: 'The farmers market is moving indoors for winter, for the first time in its history',
    standfirst: 'The old tram depot will host thirty stalls every Saturday from November. Growers say it could keep them in business.',
    byline: 'Lucy Fairbanks',
    section: 'Community',
    daysAgo: 6,
    body: `For forty-one years the Millbrook Farmers Market has closed at the first frost. This year it will not.

The market's board has signed a five-month lease on the old tram depot on Canal Road, which the city bought last year and has been looking for a use for. Thirty stalls will open every Saturday from the first weekend of November until the end of March.

## A lifeline for small growers

For growers who sell most of their produce at the market, the winter months have always been the hardest. "Five months with no income is a long time," said Joel Mbeki, who grows mushrooms and salad leaves under cover on two acres north of town. "An indoor market means I can keep my two workers on through the winter."

The depot needs new lighting and some repairs to its roof before it opens. The city has agreed to pay for both.

## Come early

The board expects the first Saturdays to be busy and asks visitors to come by bike or bus if they can: the depot has only forty parking spaces.`,
  },
  {
    slug: 'council-meeting-transparency',
    language: 'en',
    headline: 'Council agrees to publish its committee papers a week before meetings',
    standfirst: 'The change follows a year in which residents often saw agendas only hours before decisions were taken.',
    byline: 'Dana Whitcombe',
    section: 'Politics',
    daysAgo: 9,
    body: `Millbrook City Council will publish the papers for its committee meetings at least seven days in advance, under a rule change adopted unanimously on Thursday.

Until now the council's rules required papers to be available only "before the meeting". Last year, the Ledger found, papers for nearly a third of committee meetings were posted on the council's website less than 24 hours before the meeting began, and some only after it had started.

## Why it matters

Committee meetings are where most of the council's decisions are really made: on planning, contracts, budgets and licences. Residents who want to speak at a meeting have to register in advance, which is hard to do without knowing what is on the agenda.

"This is a small change that makes a big difference," said Councillor Grace Achterberg, who proposed it. "People should not have to guess what we are deciding."

## What we will do

The Ledger will check each month whether the council keeps to its new rule, and publish what we find.`,
  },
  {
    slug: 'library-late-fees-abolished',
    language: 'en',
    headline: 'Millbrook libraries scrap late fees, and the books come back',
    standfirst: 'Six months after ending fines, the library service says returns are up and lapsed members are returning.',
    byline: 'Priya Lindqvist',
    section: 'Community',
    daysAgo: 12,
    body: `When Millbrook's library service stopped charging late fees last spring, some trustees worried that books would simply stop coming back. Six months on, the opposite has happened.

Overdue returns are up 18 per cent on the same period last year, the library service said in a report to trustees this week, and 1,140 people whose cards had been blocked for unpaid fines have borrowed books again.

## The cost

Fines brought in about $31,000 a year, less than one per cent of the library budget. The library estimates that collecting them cost almost as much in staff time.

"We were spending a lot of effort to keep people out of the library," said Rosa Valdivia, who runs the branch on Elm Street. "Families with the least money were the ones who stopped coming."

## Still expected back

Books are still due back. Readers who keep a book for more than two months after its due date are asked to pay for a replacement, and their cards are paused until it comes back or is paid for.`,
  },
  {
    slug: 'biblioteka-otkryta-do-devyati',
    language: 'ru',
    headline: 'Библиотека Миллбрука будет работать по будням до девяти вечера',
    standfirst: 'С 1 октября читальный зал, детский отдел и компьютерный класс открыты на три часа дольше. Деньги нашлись у округа и у фонда друзей библиотеки.',
    byline: 'Анна Ковалёва',
    section: 'Город',
    daysAgo: 3,
    body: `С 1 октября городская библиотека Миллбрука будет открыта по будням до 21:00, а не до 18:00, как сейчас. Такое решение в четверг единогласно принял попечительский совет библиотечной службы.

Вечерние часы обойдутся примерно в 84 тысячи долларов в год. Половину выделит округ из резервного фонда, другую половину на два года вперёд пообещал фонд «Друзья библиотеки Миллбрука», который собирает деньги на ежегодной книжной распродаже.

## Кто об этом просил

Весной сотрудники библиотеки раздали читателям анкеты и получили больше 600 ответов. Почти в каждом втором люди писали, что просто не успевают прийти после работы. «Человек заканчивает смену в пять, забирает детей из школы — и подходит к нашим дверям, когда мы уже гасим свет», — говорит Роза Вальдивия, заведующая филиалом на Элм-стрит.

Больше всех новых часов ждали родители школьников и слушатели бесплатных курсов английского языка. Занятия для взрослых теперь начнутся в семь вечера: по словам преподавателей, так удобнее большинству.

## Что изменится

По вечерам будут работать читальный зал, детский отдел и компьютерный класс. Межбиблиотечный абонемент останется в прежние часы. Для вечерних смен библиотека наймёт двух сотрудников на неполный день, вакансии уже опубликованы на её сайте.

Через полгода попечители посчитают, сколько читателей приходит после шести, и решат, сохранять ли новый график. Мы расскажем, что покажут эти цифры.`,
  },
  {
    slug: 'fermerskij-rynok-vozvrashchaetsya-na-ploshchad',
    language: 'ru',
    headline: 'Фермерский рынок после первой зимы под крышей возвращается на площадь',
    standfirst: 'Сезон под открытым небом начнётся в первую субботу апреля. Зимний рынок в старом трамвайном депо фермеры называют удачей и хотят повторить.',
    byline: 'Михаил Дорофеев',
    section: 'Общество',
    daysAgo: 5,
    body: `В первую субботу апреля фермерский рынок Миллбрука вернётся на Ратушную площадь. Сорок два прилавка будут работать каждую субботу с восьми утра до часу дня — до конца октября.

Прошедшая зима была для рынка первой за сорок один год: раньше он закрывался с первыми заморозками, а в этот раз переехал в бывшее трамвайное депо на Канал-роуд. По подсчётам правления, за пять месяцев там побывали около 19 тысяч покупателей.

## Зима, которая себя окупила

Для мелких хозяйств зимний рынок оказался спасением. «Раньше я с ноября по март жил на сбережения, — рассказывает Джоэл Мбеки, который выращивает грибы и салат в теплицах к северу от города. — В этом году я не отпустил ни одного работника».

Правление рынка уже договорилось с городом об аренде депо и на следующую зиму. Город обещает до ноября починить в здании отопление: в январские морозы продавцам приходилось работать в куртках.

## Что нового на площади

В этом сезоне на рынке появятся шесть новых хозяйств, в том числе сыроварня из соседнего Хартфилда и пасека, которая привезёт мёд с местных лугов. По субботам в десять утра у фонтана будут проходить бесплатные кулинарные занятия для детей.

Парковка у ратуши по субботам до двух часов дня закрыта. Правление просит приезжать на велосипеде или автобусе: маршруты 4 и 11 останавливаются в двух шагах от площади.`,
  },
  {
    slug: 'zhiteli-odobrili-shkolnyj-byudzhet',
    language: 'ru',
    headline: 'Жители одобрили школьный бюджет: музыка и вечерние автобусы остаются',
    standfirst: 'За бюджет проголосовали 61 % избирателей. Налог на недвижимость вырастет меньше, чем предполагалось весной.',
    byline: 'Ирина Шапиро',
    section: 'Образование',
    daysAgo: 8,
    body: `Избиратели Миллбрука во вторник одобрили бюджет городских школ на следующий учебный год. «За» высказались 2184 человека, «против» — 1371. Явка составила 31 %, заметно выше, чем в прошлом году.

Бюджет в 48,6 миллиона долларов школьный совет утвердил ещё в апреле, закрыв дефицит в 2,3 миллиона без сокращений в классах. Основную экономию дадут новый контракт на поставку мазута для котельных и объединение двух полупустых автобусных маршрутов.

## Что это значит для семей

Уроки игры на музыкальных инструментах в начальной школе сохранятся, хотя в первом проекте бюджета их предлагали отменить. Останутся и вечерние автобусы, которые развозят детей после кружков и спортивных секций.

«Мы с соседями ходили на все слушания, — говорит Елена Маркова, мама двух учеников школы на Вудленд-авеню. — Приятно знать, что нас услышали, но следить за тем, как тратят деньги, мы будем и дальше».

## Налоги и сомнения

Для владельца дома средней стоимости школьный налог вырастет примерно на 96 долларов в год — весной округ называл сумму почти вдвое больше. Член совета Бен Кастельянос, единственный голосовавший против бюджета, по-прежнему считает, что экономия на топливе ненадёжна: «Если зимой мазут подорожает, в январе нам снова придётся искать деньги».

Новый бюджет вступит в силу 1 июля. Протоколы заседаний школьного совета и расшифровку расходов по статьям мы опубликуем на нашем сайте.`,
  },
];
