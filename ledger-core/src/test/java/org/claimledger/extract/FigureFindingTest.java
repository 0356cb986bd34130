package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as a figure, and what each figure's qualifier, unit and time are, sentence by sentence. */
class FigureFindingTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Ha violato le risoluzioni 2375 e 2397 del Consiglio.                 | ''
            it | Ha violato le risoluzioni 1718, 1874, 2087, 2094, 2270, 2321, 2356, 2371, 2375 e 2397 del Consiglio, ma 40 navi sono passate. | 40=40
            it | Sono passate 40 navi, e la lunga relazione del Consiglio ricorda le risoluzioni 2375 e 2397. | 40=40
            it | Le varianti dell'S-300 russo e dell'S-400 sono state viste.         | ''
            it | Lo ha scritto Il Sole 24 Ore in prima pagina.                         | ''
            it | Nel 2024 sono arrivati 2000 soldati.                                  | 2000=2000
            it | Il vertice è iniziato alle 18:40 del 3 febbraio 2025.                 | ''
            it | Il G7 ha discusso del 5G.                                             | ''
            it | Il governo spenderà tra 10 e 12 milioni di euro.                      | tra 10 e 12 milioni=10000000..12000000
            it | La domanda crescerà tra il 3 e il 4% entro il 2030.                   | tra il 3 e il 4%=3..4
            it | Le due Coree hanno firmato un accordo.                                | ''
            it | È un sistema a due livelli.                                           | due=2
            it | Uno dei soldati è stato ferito.                                       | ''
            it | Sono arrivate 3mila persone e tre navi.                               | 3mila=3000;tre=3
            it | Negli ultimi tre anni sono stati spesi 1,2 miliardi di euro.          | 1,2 miliardi=1200000000
            it | Il decreto n. 199 del 2021 prevede 500 impianti.                      | 500=500
            it | I feriti sono saliti a nove.                                          | nove=9
            it | L'acqua ha raggiunto da due a quattro metri di altezza.               | da due a quattro=2..4
            it | Abbiamo ancora una trentina di famiglie isolate.                      | una trentina=30
            it | Soltanto tre sono stati completati.                                    | tre=3
            it | (ANSA) - ROMA, 03 OTT - Adesione oltre il 70%.                         | 70%=70
            it | Adami ha pareggiato al 52' di testa.                                   | ''
            it | A questo ritmo il 2024 chiuderà con oltre 100 suicidi.                 | 100=100
            it | Crollata del 50% rispetto alla media degli ultimi cinque anni.         | 50%=50
            it | Le motivazioni saranno depositate entro 90 giorni.                     | 90=90
            en | The scheme now had 2.4m active members, up from 1.9m.                 | 2.4m=2400000;1.9m=1900000
            en | The final dividend rises to 9.1p.                                      | 9.1p=9.1
            en | Online orders had grown by seven per cent.                            | seven per cent=7
            en | The OfS was monitoring a dozen institutions.                          | a dozen=12
            en | The death toll rose to nine.                                          | nine=9
            en | Membership swelled to nine.                                           | nine=9
            it | Gli iscritti sono balzati a nove.                                     | nove=9
            en | Two of his clients have died.                                          | Two=2
            en | Anywhere from 300,000 to 400,000 people had taken shelter.            | from 300,000 to 400,000=300000..400000
            en | It would close 10 to 15 courses.                                      | 10 to 15=10..15
            en | Inflation rose to 2.3 per cent from 1.7 per cent.                     | 2.3 per cent=2.3;1.7 per cent=1.7
            en | Profit was below the £1.3bn made in 2019-20.                          | £1.3bn=1300000000
            en | The shares gained 6.2 per cent, the biggest gain in the FTSE 100.      | 6.2 per cent=6.2
            en | She had saved for five years for a deposit.                           | ''
            en | FRANKFURT, Oct 17 (Reuters) - The bank cut rates by 25 basis points.   | 25=25
            en | He was disqualified from acting as a director for 12 years.           | 12=12
            it | Il 45 per cento delle famiglie ha ricevuto 1.500 euro.                | 45 per cento=45;1.500=1500
            en | One of the ships sank and one million people were evacuated.          | one million=1000000
            en | The 1st and 2nd rounds were held in 2024.                             | ''
            en | COVID-19 cases rose to 11,000 in March.                               | 11,000=11000
            en | Between 10 and 12 tankers a week were rerouted.                       | Between 10 and 12=10..12
            en | Over the past three years, 40 ships were seized.                      | 40=40
            en | At 10:30 on 12 March 2024, 7 people were rescued.                     | 7=7
            en | The fund is worth $540 million, or 1.5 percent of GDP.                | $540 million=540000000;1.5 percent=1.5
            en | Nine million tonnes and eleven ships were lost.                       | Nine million=9000000;eleven=11
            en | The F-16 and the Boeing 737 MAX were grounded.                        | ''
            it | Sono tra i 200 e i 25€000 medici.                                     | 200=200;25€=25;€000=0
            it | Il paese conta due milioni e mezzo di abitanti.                       | due milioni e mezzo=2500000
            en | Some two and a half million homes lost power.                         | two and a half million=2500000
            it | Il pane costa tre euro e mezzo.                                       | tre=3
            en | The bill came to two and a half times the estimate.                   | ''
            it | Al presidio erano in trecento.                                        | trecento=300
            it | Sono in sciopero da tre giorni.                                       | ''
            it | Sono in tre stanze diverse.                                           | tre=3
            en | The bridge was shut for an hour.                                      | an hour=1
            en | Tenants waited more than a year for repairs.                          | a year=1
            en | The queue stretched for a mile.                                       | a mile=1
            it | La linea è rimasta ferma per un'ora.                                  | un'ora=1
            it | Il masso si è fermato a un metro dalla casa.                          | un metro=1
            it | Il cantiere durerà un mese.                                           | un mese=1
            en | The bridge was shut for an hour and a half.                           | ''
            it | La linea è rimasta ferma per un'ora e mezza.                          | ''
            it | Servono tra due e tre milioni e mezzo di euro. | tra due e tre milioni e mezzo=2000000..3500000
            en | A man was hurt and a woman was treated at the scene.                 | ''
            en | The council pays £12 an hour.                                         | £12=12
            en | Sales grew 12 per cent a year.                                        | 12 per cent=12
            en | Staff work 60 hours a week.                                           | 60=60
            en | The bill runs to £90m a year.                                         | £90m=90000000
            en | Trains stop twice a day.                                              | twice=2
            en | The plant closed a year later.                                        | ''
            en | An hour before take-off the flight was cancelled.                     | ''
            it | Un anno fa lo stabilimento è stato chiuso.                            | ''
            it | Il volo è stato cancellato un'ora prima del decollo.                  | ''
            it | Un giorno la ditta riaprirà.                                          | ''
            it | Un uomo è stato arrestato.                                            | ''
            it | Due bambini di 8 e 11 anni sono stati salvati.                        | Due=2
            it | Le vittime, di 79 e 84 anni, vivevano sole.                           | ''
            it | Sono stati condannati a pene di 3 e 5 anni.                           | 3=3;5=5
            it | La pena, di 5 anni, è stata sospesa.                                  | 5=5
            en | Tenants waited between a year and 18 months.                          | a year=1;18=18
            it | Il cantiere durerà tra un anno e 18 mesi.                             | un anno=1;18=18
            it | I turisti di 20 e 30 paesi sono arrivati.                             | 20=20;30=30
            en | City lost 3-5 to United.                                              | 3=3;5=5
            it | Il Genoa ha perso 2-4 contro il Torino.                               | 2=2;4=4
            en | The firm expects to lose 300-500 jobs.                                | 300-500=300..500
            it | Il cantiere durerà per 3-5 anni.                                      | 3-5=3..5
            en | Residents were told to call 999.                                      | ''
            en | Callers should dial 999 in an emergency.                              | ''
            en | Police called 40 witnesses.                                           | 40=40
            en | Ambulance crews answered 999 calls.                                   | 999=999
            en | He compared the law to the Ten Commandments.                          | ''
            it | Il gruppo dei Dieci si è riunito ieri.                                | ''
            en | The Big Four banks raised rates.                                      | ''
            en | She said: "Ten people died in the fire."                              | Ten=10
            it | «Dieci persone sono morte», ha detto.                                 | Dieci=10
            it | Ha giocato per tre stagioni a Genova e ha segnato 40 gol.             | 40=40
            it | Ha giocato tre stagioni a Genova e ha segnato 40 gol.                 | tre=3;40=40
            """)
    void extract_findsExactlyTheFigures(String lang, String sentence, String expected) {
        List<String> found = new ArrayList<>();
        for (CandidateClaim claim : Extractor.extract(sentence, Language.fromCode(lang))) {
            for (CandidateFigure figure : claim.figures()) {
                found.add(figure.text().text() + "=" + figure.value().valueText()
                        + (figure.value().isRange() ? ".." + figure.value().upperText() : ""));
            }
        }
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(";")), found);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | A capo c'era un imprenditore di 52 anni di Casoria.                 | ''
            it | Uno degli indagati, un commercialista di 45 anni, ha sottratto 3 milioni. | 3 milioni=3000000
            it | Ciro Russo, 61 anni, è stato condannato a cinque anni di reclusione. | cinque=5
            it | Mario Rossi (45) ha versato 200 euro.                               | 200=200
            it | È stata inflitta una pena di 6 anni.                                | 6=6
            it | Il mutuo dura 30 anni, ha detto la banca.                           | 30=30
            en | Martin Ellery, 52, said 300 jobs would go.                          | 300=300
            en | A man aged 45 was fined $500.                                       | $500=500
            en | A 52-year-old man was held.                                         | ''
            en | In Germany, 12 people were hurt.                                    | 12=12
            en | The age limit applies to 2 million workers.                        | 2 million=2000000
            en | Retirement age changes will affect 300 staff.                      | 300=300
            en | The average age of the 300 victims was not given.                  | 300=300
            it | L'età media dei 1.200 dipendenti è salita.                           | 1.200=1200
            en | She is quitting at 60.                                              | ''
            """)
    void extract_leavesOutAges(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The council approved a £450m plan and a $30k grant.                 | £450m=450000000;$30k=30000
            en | The club faces a shortfall of £23.4m next year.                     | £23.4m=23400000
            en | He won the 100m sprint and the 5k race.                             | ''
            en | The scheme includes a 40,000-seat stand and a 30-strong team.       | 40,000=40000;30=30
            en | They agreed a 10-year freeze and a 24-hour strike.                  | 10=10;24=24
            en | The 3-D printer broke.                                              | ''
            it | La manovra varrà tra i 16 e i 18 miliardi di euro.                  | tra i 16 e i 18 miliardi=16000000000..18000000000
            it | Hanno segnato tra gli 80 e i 90 gol.                                | tra gli 80 e i 90=80..90
            """)
    void extract_readsNewsAbbreviationsAndCompounds(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Putin avrebbe spedito almeno 100 missili balistici.      | at-least
            it | Sono partiti più di 11.000 soldati.                      | more-than
            it | Oltre 2 milioni di famiglie sono in difficoltà.          | more-than
            it | Gli sbarchi sono calati di circa il 40% in un anno.      | about
            it | Sono partite quasi 21 mila persone dalla Libia.          | nearly
            it | Saranno rimpatriate fino a 5 mila persone.               | up-to
            it | Le famiglie pagano meno di 300 euro.                     | less-than
            it | Sono arrivate non più di 10 navi.                        | at-most
            it | Sono arrivati altri 3.000 soldati.                       | exactly
            it | L'inflazione è salita di più del 5%.                     | more-than
            en | At least 40 vessels were turned away.                    | at-least
            en | More than 11,000 ships docked.                           | more-than
            en | Over 500 people were evacuated.                          | more-than
            en | The port employs about 4,500 people.                     | about
            en | The fires released nearly 480 million tonnes of carbon.  | nearly
            en | The project will cost up to €85 million.                 | up-to
            en | As many as 300 workers could lose their jobs.            | up-to
            en | Fewer than 20 boats left the harbour.                    | less-than
            en | No more than 5 ships may dock at once.                   | at-most
            en | Some 300 people marched.                                 | about
            it | Le frodi accertate superano i 16 miliardi.               | more-than
            it | Il deficit ha superato il 3%.                            | more-than
            en | Costs exceeded £2m last year.                            | more-than
            en | Sales topped 500 units.                                  | more-than
            """)
    void extract_readsTheQualifier(String lang, String sentence, String qualifier) {
        CandidateFigure figure = Extractor.extract(sentence, Language.fromCode(lang)).get(0).figures().get(0);
        assertEquals(qualifier, figure.qualifier().code());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Putin ha spedito 9 milioni di colpi di artiglieria e munizioni nel 2024.           | colpi di artiglieria e munizioni | nel 2024
            it | Sono stati inviati 481 lavoratori tra dicembre 2024 e fine febbraio 2025.          | lavoratori                       | tra dicembre 2024 e fine febbraio 2025
            it | Sono arrivati 3.000 soldati nei primi mesi del 2025.                               | soldati                          | nei primi mesi del 2025
            it | Sono state installate 30 mila colonnine di ricarica l'anno scorso.                 | colonnine di ricarica            | l'anno scorso
            it | Il 45% delle famiglie è in difficoltà.                                             | % delle famiglie                 | ''
            en | Since November 2024, at least 40 vessels have been turned away.                    | vessels                          | Since November 2024
            en | The government will spend $1.2 billion over five years.                           | dollars                          | over five years
            en | More than 11,000 North Korean troops were sent last year.                         | North Korean troops              | last year
            """)
    void extract_readsUnitAndTime(String lang, String sentence, String unit, String period) {
        CandidateFigure figure = Extractor.extract(sentence, Language.fromCode(lang)).get(0).figures().get(0);
        assertEquals(unit, figure.unit());
        assertEquals(period.isEmpty() ? null : period, figure.period() == null ? null : figure.period().text());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | La legge regionale 12 del 2020 prevede 300 assunzioni.              | 300=300
            it | Dieci anni fa i posti erano 900.                                    | 900=900
            it | Il cantiere è fermo da almeno sei mesi e costa 2 milioni.           | 2 milioni=2000000
            it | La pena passa da tre anni a cinque anni.                            | tre=3;cinque=5
            it | Per cinque di loro è scattato l'arresto.                            | cinque=5
            it | Uno di loro è fuggito.                                              | ''
            en | Lenz, 51, joined the board with 300 staff.                          | 300=300
            it | I costi salgono a un milione e mezzo di euro.                       | un milione e mezzo=1500000
            it | Mezzo milione di persone è senza medico.                            | Mezzo milione=500000
            it | Due terzi dei 90 comuni sono in ritardo.                            | 90=90
            en | Two thirds of the 600 staff voted.                                  | 600=600
            it | La spesa è passata da 30 a 45 milioni.                              | 45 milioni=45000000
            en | Spending rose from $30 to $45 million.                              | $45 million=45000000
            en | The agency forecast sales of €40 million to €45 million next year.  | €40 million to €45 million=40000000..45000000
            en | Analysts expect wages to rise 4 to 5 per cent next year.            | 4 to 5 per cent=4..5
            en | Fares climbed 3 to 4 per cent.                                      | 3 to 4 per cent=3..4
            en | Turnover rose 8.5 per cent to £3.1bn.                               | 8.5 per cent=8.5;£3.1bn=3100000000
            en | The motion was carried by 301 to 259.                               | 301=301;259=259
            it | Il biglietto passa da 2 a 3 euro.                                   | 2=2;3=3
            """)
    void extract_leavesOutLawNumbersTimesAndAges_keepsPartitives(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The Kenyan won in 2hr 11min 03sec on a cool morning.               | 2hr 11min 03sec=7863
            en | She hopes to run under 2hr 05min in Berlin.                        | 2hr 05min=7500
            en | The leaders finished between 2hr 10min 05sec and 2hr 12min.        | between 2hr 10min 05sec and 2hr 12min=7805..7920
            en | He took one hour and ten minutes to clear the course.              | one hour and ten minutes=4200
            it | La campionessa ha chiuso in 1'58"40, davanti alla rivale.          | 1'58"40=118.4
            it | Il vincitore ha corso in 4'05" sotto la pioggia.                    | 4'05"=245
            it | Il keniano ha vinto in 2hr 07min 12sec a Firenze.                   | 2hr 07min 12sec=7632
            it | Tre minuti e dodici secondi separano i primi due.                  | Tre minuti e dodici secondi=192
            it | La gara è durata 2 ore e 30 minuti.                                 | 2 ore e 30 minuti=9000
            it | Il cantiere ha lavorato 1,5 ore e 30 minuti di notte.                | 1,5=1.5;30=30
            """)
    void extract_readsATimeInSeveralUnitsAsOneFigureInSeconds(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The regulator wants to double the levy on operators.               | double=2
            en | Fees are now twice the rate charged by rivals.                     | twice=2
            en | The bank cut rates twice last year.                                | twice=2
            en | Claims have tripled since the scheme opened.                       | tripled=3
            en | They booked a double room near the station.                        | ''
            en | Sales hit double digits and the club won the treble.               | ''
            it | Le richieste sono quasi il doppio rispetto alla media.             | doppio=2
            it | Il costo dell'energia è più che triplicato.                         | triplicato=3
            it | Il Comune vuole raddoppiare i posti letto.                         | raddoppiare=2
            it | Ha fatto il doppio turno in reparto.                                | ''
            it | Ha la doppia cittadinanza.                                          | ''
            """)
    void extract_readsMultipliersInWords(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Nurses work a 12-hour shift on the ward.                           | 12=12
            en | The minister unveiled a five-year plan for roads.                  | five=5
            en | The 10-year yield rose to 4.1 per cent.                            | 10=10;4.1 per cent=4.1
            en | Gilts hit a 15-year high on Monday.                                | ''
            en | A 40-year-old driver was stopped.                                  | ''
            en | Officials praised the Five-Year Plan again.                        | ''
            """)
    void extract_readsAMeasuredSpanJoinedToItsNoun(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Three in ten tenants have fallen behind on rent.                   | ''
            en | One in five drivers said they had no cover.                        | ''
            en | Nine out of ten shops stayed shut, and 40 staff were sent home.    | 40=40
            en | She has won in four of her last five races.                        | ''
            it | Due famiglie su cinque non arrivano a fine mese.                   | ''
            it | Un bambino su quattro vive in povertà.                              | ''
            it | Sette su dieci hanno rinunciato alle cure.                          | ''
            en | Five lorries and two in reserve were sent.                         | Five=5;two=2
            it | Sono arrivati tre treni su dieci binari.                            | ''
            """)
    void extract_leavesOutProportionsInWords(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | She was fourth in the 200 metres final in Rome.                    | ''
            en | He pulled clear over the last 500 metres.                          | ''
            en | The 1,500 metres freestyle was won by a teenager.                  | ''
            it | Ha vinto i 400 misti davanti alla compagna.                         | ''
            it | Ai 35 chilometri il gruppo si è spezzato.                           | ''
            it | Ha ceduto negli ultimi cento metri.                                 | ''
            en | The new road is 12 kilometres long.                                | 12=12
            it | Il tratto chiuso è di 5 chilometri.                                 | 5=5
            it | Andava ai 130 chilometri orari.                                     | 130=130
            """)
    void extract_leavesOutRaceEventsAndPointsWithinARace(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The scheme is open to adults aged 25 to 40 in the city.            | ''
            en | Tickets are free for children under 18 and cost £12 for others.  | £12=12
            en | The survey covered people aged between 18 and 30.                 | ''
            en | Rents rose for under 18 months before falling.                     | 18=18
            it | Il bonus riguarda i giovani tra i 25 e i 39 anni.                  | ''
            it | «Ho 80 anni e non ho mai visto nulla di simile».                   | ''
            it | La romana, 24 anni, ha chiuso quinta.                               | ''
            it | Gli over 65 sono 14 milioni.                                        | 14 milioni=14000000
            it | L'azienda ha 80 anni di storia.                                     | 80=80
            it | Rischia una pena tra i 3 e i 5 anni.                                | tra i 3 e i 5=3..5
            """)
    void extract_leavesOutAgesOfGroupsRangesAndSpeakers(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Tre dei fermati sono stati rilasciati.                              | Tre=3
            it | Sono cinque gli azzurri in finale.                                  | cinque=5
            en | The council named four candidates, two of whom withdrew.           | four=4;two=2
            en | Repairs will take two or three days.                               | two or three=2..3
            it | Servono due o tre tecnici.                                          | due o tre=2..3
            it | Il decreto ha portato da quattro a cinque il numero dei giudici.    | quattro=4;cinque=5
            en | Either one or the other will go.                                   | ''
            """)
    void extract_readsNumberWordsThatCountAGroupOrAnEstimate(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The suspect weighed 80kg when he was arrested.                     | 80=80
            en | Temperatures will stay between 5C and 9C.                          | 5=5;9=9
            en | The walk covers 12km of coast.                                     | 12=12
            en | The rule dates from a 2019 law on lending.                         | ''
            it | Ci sono 92 pensionati ogni cento lavoratori.                        | 92=92
            en | The fund pays £3 for every £10 spent.                              | £3=3
            en | There were 12 cases per 100,000 people.                            | 12=12
            it | Il camion passa una volta ogni tre giorni.                           | tre=3
            en | The Ford 5G and the C4 stayed in the lot.                           | ''
            """)
    void extract_readsGluedUnits_leavesOutYearsAndDenominatorsOfRates(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    // The rules after the test6 run: each sentence is invented, and each fails on the extractor before its rule.

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Membership swelled from 4,000 to 6,500 in a year.                   | 4,000=4000;6,500=6500
            en | Bookings have surged this spring from 1,200 to 1,900.              | 1,200=1200;1,900=1900
            en | An increase from 3.5% to 4.1% was approved.                        | 3.5%=3.5;4.1%=4.1
            en | Penalties range from £25 to £40.                                   | from £25 to £40=25..40
            it | Il prezzo del biglietto lievita da 12 a 18 euro.                    | 12=12;18=18
            it | Un aumento da 60 a 75 euro a famiglia.                              | 60=60;75=75
            it | Le sanzioni vanno da 60 a 75 euro.                                  | da 60 a 75=60..75
            it | Il dazio è schizzato nel giro di un mese da 5 a 9 euro.             | 5=5;9=9
            en | The council, which cut its budget, charges from 3 to 5 million a year. | from 3 to 5 million=3000000..5000000
            it | L'azienda, passata di mano, offre premi da 5 a 10 milioni.          | da 5 a 10 milioni=5000000..10000000
            en | Attendance rose from 2 to 3 million last year, while the stadium holds from 40 to 60 thousand. | 3 million=3000000;from 40 to 60 thousand=40000..60000
            en | The fund, set up in 2019, offers grants from £500 to £2,000.        | from £500 to £2,000=500..2000
            en | Prices rose last year and tickets now cost from £30 to £45.         | from £30 to £45=30..45
            en | Sales rose 4 per cent, from £2,000 to £2,080.                      | 4 per cent=4;£2,000=2000;£2,080=2080
            """)
    void extract_readsAChangeInDigitsAsTwoFigures_aSpreadAsOneRange(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Losses narrowed to 310 million from 455.                           | 310 million=310000000
            it | Il passivo è sceso a 310 milioni dai 455 di marzo.                  | 310 milioni=310000000
            en | Sales climbed from £2.2bn to 2.6 last year.                        | £2.2bn=2200000000
            en | The bill went from 30 to 45 million.                               | 45 million=45000000
            en | Output rose to 310 million from 455 plants.                        | 310 million=310000000;455=455
            """)
    void extract_leavesOutTheEndOfAChangeWhoseScaleIsWrittenOnTheOtherEnd(String lang, String sentence,
            String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | One dealer said the auction was thin.                               | ''
            en | One economist at the bank told clients to wait.                     | ''
            en | Stock was moved from one depot to another.                          | ''
            en | One driver died and another was hurt.                               | One=1
            en | Only one bidder remained.                                           | one=1
            en | One man was arrested and taken to another station.                 | One=1
            en | Staff can pick one plan or the other.                              | ''
            """)
    void extract_leavesOutOneThatPicksOutAMember(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Sette dei diciannove comuni hanno aderito.                          | Sette=7;diciannove=19
            en | Three of the nine depots shut.                                      | Three=3;nine=9
            it | Ne ha vendute quattro.                                              | quattro=4
            en | The crews worked for nine hours a day.                              | nine=9
            it | I tecnici hanno lavorato per oltre sei ore.                         | sei=6
            it | Hanno scavato per 7 ore.                                            | 7=7
            en | The surgeons worked for 90 minutes.                                 | 90=90
            it | I chirurghi hanno lavorato per 90 minuti.                           | 90=90
            it | Il traffico è rimasto bloccato per oltre quaranta minuti.            | quaranta=40
            """)
    void extract_readsNumberWordsOfAWholeOrAClitic_andSpansInHours(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Nurses may now retire at 66.                                        | ''
            en | The pension age will rise to 69 by 2040.                            | ''
            it | Il fratello di 47 è stato fermato.                                  | ''
            it | Gli iscritti hanno un'età media di 34 anni.                         | ''
            it | Il debito di 47 milioni è stato saldato.                            | 47 milioni=47000000
            en | She finished the season in the world's top 16.                    | ''
            it | Il blackout è iniziato poco dopo le 23.                             | ''
            it | In caso di malore si chiama il 112.                                 | ''
            it | Il numero dei ricoverati è salito dal 112 al 140.                   | 112=112;140=140
            it | Il raccolto è calato nelle ultime tre campagne.                     | ''
            en | After four seasons in charge he left.                               | ''
            it | Gli operai hanno perso gli ultimi due stipendi.                     | due=2
            """)
    void extract_leavesOutAgesRanksClockTimesPhoneLinesAndPeriods(String lang, String sentence, String expected) {
        extract_findsExactlyTheFigures(lang, sentence, expected);
    }
}
