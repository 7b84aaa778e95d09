package dates

import (
	"strings"
	"sync"
)

// The word tables. Keys are written as people spell them and folded with
// [fold] when the index is first used, so matching ignores case and
// diacritics. Add a spelling by adding it to the right list; TestWords
// checks that no spelling names two different months.

// monthNames lists month names and their usual abbreviations by language,
// twelve space-separated groups of comma-separated spellings per language.
var monthNames = []struct {
	lang   string
	months [12]string
}{
	{"en", [12]string{"january,jan", "february,feb", "march,mar", "april,apr", "may", "june,jun", "july,jul", "august,aug", "september,sep,sept", "october,oct", "november,nov", "december,dec"}},
	{"fr", [12]string{"janvier,janv", "février,févr,fév", "mars", "avril,avr", "mai", "juin", "juillet,juil", "août", "septembre,sept", "octobre,oct", "novembre,nov", "décembre,déc"}},
	{"de", [12]string{"Januar,Jan,Jänner,Jän", "Februar,Feb,Feber", "März,Mär,Maerz,Mrz", "April,Apr", "Mai", "Juni,Jun", "Juli,Jul", "August,Aug", "September,Sep,Sept", "Oktober,Okt", "November,Nov", "Dezember,Dez"}},
	{"es", [12]string{"enero,ene", "febrero,feb", "marzo,mar", "abril,abr", "mayo,may", "junio,jun", "julio,jul", "agosto,ago", "septiembre,setiembre,sep,sept,set", "octubre,oct", "noviembre,nov", "diciembre,dic"}},
	{"it", [12]string{"gennaio,gen", "febbraio,feb", "marzo,mar", "aprile,apr", "maggio,mag", "giugno,giu", "luglio,lug", "agosto,ago", "settembre,set", "ottobre,ott", "novembre,nov", "dicembre,dic"}},
	{"pt", [12]string{"janeiro,jan", "fevereiro,fev", "março,mar", "abril,abr", "maio,mai", "junho,jun", "julho,jul", "agosto,ago", "setembro,set", "outubro,out", "novembro,nov", "dezembro,dez"}},
	{"nl", [12]string{"januari,jan", "februari,feb", "maart,mrt", "april,apr", "mei", "juni,jun", "juli,jul", "augustus,aug", "september,sep,sept", "oktober,okt", "november,nov", "december,dec"}},
	{"sv", [12]string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}},
	{"da", [12]string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"}},
	{"pl", [12]string{"styczeń,stycznia,sty", "luty,lutego,lut", "marzec,marca", "kwiecień,kwietnia,kwi", "maj,maja", "czerwiec,czerwca,cze", "lipiec,lipca,lip", "sierpień,sierpnia,sie", "wrzesień,września,wrz", "październik,października,paź", "listopad,listopada,lis", "grudzień,grudnia,gru"}},
	{"ru", [12]string{"январь,января,янв", "февраль,февраля,фев,февр", "март,марта", "апрель,апреля,апр", "май,мая", "июнь,июня,июн", "июль,июля,июл", "август,августа,авг", "сентябрь,сентября,сен,сент", "октябрь,октября,окт", "ноябрь,ноября,ноя,нояб", "декабрь,декабря,дек"}},
	{"uk", [12]string{"січень,січня", "лютий,лютого", "березень,березня", "квітень,квітня", "травень,травня", "червень,червня", "липень,липня", "серпень,серпня", "вересень,вересня", "жовтень,жовтня", "листопад,листопада", "грудень,грудня"}},
	{"tr", [12]string{"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"}},
	{"id", [12]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}},
	// Arabic: the Egyptian/Gulf names, then the Levantine ones; the two-word
	// Levantine names (كانون الثاني) are joined by a space.
	{"ar", [12]string{"يناير", "فبراير", "مارس", "أبريل,ابريل,إبريل", "مايو", "يونيو,يونيه", "يوليو,يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}},
	{"ar-levant", [12]string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}},
}

// weekdayNames are recognised and skipped: the date says which day it is.
// Abbreviations that are also month abbreviations somewhere (Spanish
// "mar") are left out.
const weekdayNames = "monday,mon,tuesday,tue,tues,wednesday,wed,thursday,thu,thur,thurs,friday,fri,saturday,sat,sunday,sun," +
	"lundi,lun,mardi,mercredi,jeudi,jeu,vendredi,ven,samedi,sam,dimanche,dim," +
	"Montag,Dienstag,Mittwoch,Donnerstag,Freitag,Samstag,Sonnabend,Sonntag," +
	"lunes,martes,miércoles,jueves,viernes,sábado,domingo," +
	"lunedì,martedì,mercoledì,giovedì,venerdì,sabato,domenica," +
	"segunda,terça,quarta,quinta,sexta,feira," +
	"maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag," +
	"måndag,tisdag,onsdag,torsdag,fredag,lördag,söndag,mandag,tirsdag,lørdag,søndag," +
	"poniedziałek,wtorek,środa,czwartek,piątek,sobota,niedziela," +
	"понедельник,вторник,среда,четверг,пятница,суббота,воскресенье,пн,вт,ср,чт,пт,сб,вс," +
	"Pazartesi,Salı,Çarşamba,Perşembe,Cuma,Cumartesi,Pazar," +
	"Senin,Selasa,Rabu,Kamis,Jumat,Sabtu,Minggu," +
	"الاثنين,الإثنين,الثلاثاء,الأربعاء,الخميس,الجمعة,السبت,الأحد," +
	"星期一,星期二,星期三,星期四,星期五,星期六,星期日,星期天,周一,周二,周三,周四,周五,周六,周日," +
	"月曜日,火曜日,水曜日,木曜日,金曜日,土曜日,日曜日,火,水,木,金,土," +
	"월요일,화요일,수요일,목요일,금요일,토요일,일요일,화,수,목,금,토"

// fillerWords are skipped in absolute dates: prepositions and articles
// ("24 de enero de 2020", "le 24 janvier", "am 24. Januar", "alle ore
// 15"), the Russian year marker ("2020 г.", "года") and the ISO "T".
const fillerWords = "at,on,of,the,t,hui,de,del,le,la,el,den,der,am,um,à,a,as,às,las,alle,ore,om,в,г,года,год,saat,في,الساعة"

// timeMarks follow an hour: "15 Uhr", "15h45", "15 h 45".
const timeMarks = "uhr,h,hs,hrs,ч"

// ordinalSuffixes follow a day number directly: "24th", "1er", "1º".
const ordinalSuffixes = "st,nd,rd,th,er,re,e,º,ª,o,a,го"

// Relative dates. relMarkers make "N unit" point into the past
// ("3 hours ago", "vor 3 Stunden", "il y a 3 heures", "hace 3 horas",
// "3 ore fa", "há 3 horas", "3 uur geleden", "3 часа назад",
// "3 saat önce", "منذ 3 ساعات"); relFillers may appear among them.
const (
	relMarkers  = "ago,vor,il,y,hace,fa,há,atrás,geleden,назад,önce,منذ,قبل"
	relArticles = "a,an,one,un,une,ein,eine,einem,einer,einer,uno,una,um,uma,een,один,одну,bir,واحد"
	relNow      = "now,instant,soeben,jetzt,ahora,adesso,ora,agora,nu,zojuist,сейчас,الآن,şimdi"
	relFillers  = "just,right,à,l,gerade,eben,mismo,proprio,mesmo,только,что"
)

// relDays are single words for a day relative to the reference.
var relDays = []struct {
	words string
	days  int
}{
	{"today,aujourd,heute,hoy,oggi,hoje,vandaag,idag,dzisiaj,dziś,сегодня,bugün,اليوم", 0},
	{"yesterday,hier,gestern,ayer,ieri,ontem,gisteren,igår,wczoraj,вчера,dün,kemarin,أمس,امس,البارحة", -1},
	{"vorgestern,anteayer,anteontem,eergisteren,позавчера,przedwczoraj", -2},
	{"tomorrow,demain,morgen,mañana,domani,amanhã,imorgon,jutro,завтра,yarın,غدا", 1},
}

// relUnits are the units of "N unit ago" in each language.
var relUnits = []struct {
	words string
	unit  relUnit
}{
	{"moment,moments,instant,instants,momento,momentos,augenblick,moment", unitMoment},
	{"second,seconds,sec,secs,s,seconde,secondes,sekunde,sekunden,sek,segundo,segundos,seg,secondo,secondi,seconden,sekund,sekundy,секунду,секунды,секунд,сек,saniye,sn,detik,ثانية,ثوان,ثواني", unitSecond},
	{"minute,minutes,min,mins,m,minuten,minuto,minutos,minuti,minuut,minut,minuty,минуту,минуты,минут,мин,dakika,dk,menit,دقيقة,دقائق", unitMinute},
	{"hour,hours,hr,hrs,h,heure,heures,stunde,stunden,std,hora,horas,ora,ore,uur,timme,timmar,time,timer,godzina,godziny,godzin,час,часа,часов,ч,saat,jam,ساعة,ساعات", unitHour},
	{"day,days,d,jour,jours,tag,tage,tagen,día,días,giorno,giorni,dia,dias,dag,dagen,dagar,dni,dzień,день,дня,дней,gün,hari,يوم,أيام", unitDay},
	{"week,weeks,w,wk,wks,semaine,semaines,woche,wochen,semana,semanas,settimana,settimane,weken,vecka,veckor,uge,uger,tydzień,tygodnie,tygodni,неделю,недели,недель,hafta,minggu,أسبوع,أسابيع", unitWeek},
	{"month,months,mo,mos,mois,monat,monate,monaten,mes,meses,mese,mesi,mês,maand,maanden,månad,månader,måned,måneder,miesiąc,miesiące,miesięcy,месяц,месяца,месяцев,ay,bulan,شهر,أشهر,شهور", unitMonth},
	{"year,years,yr,yrs,y,an,ans,année,années,jahr,jahre,jahren,año,años,anno,anni,ano,anos,jaar,jaren,år,rok,lata,lat,год,года,лет,yıl,tahun,سنة,سنوات,عام,أعوام", unitYear},
}

type relUnit uint8

const (
	unitNone relUnit = iota
	unitMoment
	unitSecond
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitYear
)

// Word flags; a spelling may carry several meanings and the parser picks
// by context ("am" is 'a.m.' after a time and German 'on' before a date;
// "ago" is Spanish August unless a unit word makes the text relative).
const (
	fWeekday uint32 = 1 << iota
	fFiller
	fTimeMark
	fOrdinal
	fAM
	fPM
	fAmpmHead // "a" or "p" of "a.m."/"p. m."
	fZone
	fZoneUTC // UTC, GMT, UT: may be followed by an offset
	fZoneUS  // ET, CT, MT, PT: standard or daylight by the date
	fRelMarker
	fRelArticle
	fRelNow
	fRelFiller
	fRelDay
	fUnit
	fYearMark  // 年, 년
	fMonthMark // 月, 월
	fDayMark   // 日, 일
	fPairHead  // first word of a two-word month name
)

// A word is what the tables know about one folded spelling.
type word struct {
	flags  uint32
	month  uint8   // 1..12, or 0
	unit   relUnit // for fUnit
	relDay int8    // for fRelDay
	zone   int16   // offset in minutes for fZone; standard offset for fZoneUS
}

var wordIndex = sync.OnceValue(buildIndex)

func buildIndex() map[string]word {
	m := make(map[string]word, 1200)
	var buf [maxWord]byte
	add := func(list string, f func(*word)) {
		for s := range strings.SplitSeq(list, ",") {
			if s == "" {
				continue
			}
			k, ok := fold(buf[:0], s)
			if !ok {
				continue
			}
			w := m[string(k)]
			f(&w)
			m[string(k)] = w
		}
	}
	for _, l := range monthNames {
		for i, names := range l.months {
			add(names, func(w *word) {
				if w.month == 0 {
					w.month = uint8(i + 1)
				}
			})
			for s := range strings.SplitSeq(names, ",") {
				if head, _, ok := strings.Cut(s, " "); ok {
					add(head, func(w *word) { w.flags |= fPairHead })
				}
			}
		}
	}
	flag := func(list string, f uint32) { add(list, func(w *word) { w.flags |= f }) }
	flag(weekdayNames, fWeekday)
	flag(fillerWords, fFiller)
	flag(timeMarks, fTimeMark)
	flag(ordinalSuffixes, fOrdinal)
	flag("am,ص,صباحا", fAM)
	flag("pm,م,مساء,مساءا", fPM)
	flag("a,p", fAmpmHead)
	flag(relMarkers, fRelMarker)
	flag(relArticles, fRelArticle)
	flag(relNow, fRelNow)
	flag(relFillers, fRelFiller)
	flag("年,년", fYearMark)
	flag("月,월", fMonthMark)
	flag("日,일", fDayMark)
	for _, d := range relDays {
		add(d.words, func(w *word) { w.flags |= fRelDay; w.relDay = int8(d.days) })
	}
	for _, u := range relUnits {
		add(u.words, func(w *word) {
			if w.unit == unitNone {
				w.flags |= fUnit
				w.unit = u.unit
			}
		})
	}
	for _, z := range zones {
		add(z.name, func(w *word) {
			w.flags |= fZone | z.flags
			w.zone = z.offset
		})
	}
	return m
}

// lookup returns the meaning of the word s (zero when unknown).
func lookup(s string) word {
	var buf [maxWord]byte
	k, ok := fold(buf[:0], s)
	if !ok {
		return word{}
	}
	return wordIndex()[string(k)]
}

// lookupPair returns the meaning of the two-word spelling "a b".
func lookupPair(a, b string) word {
	var buf [maxWord]byte
	k, ok := fold(buf[:0], a)
	if !ok || len(k) == cap(k) {
		return word{}
	}
	k = append(k, ' ')
	k, ok = fold(k, b)
	if !ok {
		return word{}
	}
	return wordIndex()[string(k)]
}
