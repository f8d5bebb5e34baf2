#!/usr/bin/env python3
"""Builds articles.jsonl and labels.json of the claimtrace held-out scoring corpus (stdlib only, deterministic).

Article text is written below. A claim sentence is marked [[like this]] inside a paragraph; the markers are
removed from the HTML and the visible sentence (tags stripped, entities unescaped) becomes the label text.
Everything here is fictional; see README.md.
"""
import html, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "quantaquill.com": "https://www.quantaquill.com",
    "inferencebeat.news": "https://inferencebeat.news",
    "thelogitletter.co.uk": "https://www.thelogitletter.co.uk",
    "tokenstream.net": "https://news.tokenstream.net",
    "agentobserver.org": "https://www.agentobserver.org",
    "kernelcourier.com.au": "https://www.kernelcourier.com.au",
    "vectorvoice.ai": "https://vectorvoice.ai",
    "benchmarkbulletin.org.uk": "https://www.benchmarkbulletin.org.uk",
    "circuitcolumn.ie": "https://www.circuitcolumn.ie",
    "gradientpost.co.nz": "https://gradientpost.co.nz",
    "syntaxsentinel.ca": "https://www.syntaxsentinel.ca",
    "hyperparameterweekly.io": "https://hyperparameterweekly.io",
    "meridiantechwire.com": "https://www.meridiantechwire.com",
    "southerncrosswire.com.au": "https://www.southerncrosswire.com.au",
}

A = []  # articles


def art(fam, outlet, path, date, byline, title, paras, artifacts=(), quotes_llm_phrases=False):
    A.append(dict(fam=fam, outlet=outlet, url=OUTLETS[outlet] + path, published_at=date, byline=byline,
                  title=title, paras=paras, artifacts=list(artifacts), quotes_llm_phrases=quotes_llm_phrases))


EU_GUIDE = "https://digital-strategy.ec.europa.eu/en/library/guidelines-serious-incident-reporting-general-purpose-ai-models"
EU_PR = "https://ec.europa.eu/commission/presscorner/detail/en/ip_26_1142"
AI_ACT = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
BL_10Q = "https://www.sec.gov/Archives/edgar/data/1874219/000187421926000031/brln-20260331.htm"
BL_IR = "https://investors.brightlanesemi.com/news/q1-2026-results"
ARXIV = "https://arxiv.org/abs/2605.04417"
FTC_PR = "https://www.ftc.gov/news-events/news/press-releases/2026/05/ftc-order-requires-parlance-health-delete-voice-models"
FTC_ORDER = "https://www.ftc.gov/legal-library/browse/cases-proceedings/parlance-health-matter"
LUMORA_BLOG = "https://www.lumorasystems.com/blog/lumora-2-open-weights"
LUMORA_ARXIV = "https://arxiv.org/abs/2605.11872"

def a(href, text):
    return '<a href="%s">%s</a>' % (href, text)

# ---------------------------------------------------------------- H1 fabricated: Tessellate AI leaked memo
art("H1", "quantaquill.com", "/2026/05/05/tessellate-resolve-leaked-memo/", "2026-05-05T09:15:00Z", "Priya Venkataraman",
    "Leaked memo: Tessellate's support agent solved fewer tickets than advertised", [
    "Tessellate AI has spent the past year telling call-centre buyers that its Resolve agent can replace most of a first-line support team. An internal document now circulating among competitors tells a different story.",
    "[[A leaked memo shows that Tessellate AI's Resolve agent closed only 31% of customer tickets without handing them to a human during its first quarter on sale.]]",
    "The memo, which Quanta Quill has not been able to authenticate, reportedly circulated among senior sales staff in April. It allegedly warns that the remaining tickets were escalated, abandoned or reopened by frustrated customers within 48 hours.",
    "Tessellate has publicly promised \u201cautonomous resolution for the majority of routine requests\u201d in its marketing. The company did not respond to several requests for comment, and none of its customers would speak on the record.",
    "People who say they have seen the document describe it as a candid internal review rather than a formal report. If accurate, the figure would put Resolve well behind the resolution rates rival vendors advertise, though those numbers are self-reported too.",
])
art("H1", "tokenstream.net", "/ai/tessellate-resolve-memo-fallout", "2026-05-06T07:40:00Z", "Staff Writer",
    "Tessellate AI's Resolve agent under fire after memo leak", [
    "Certainly! Here is a news article about the Tessellate AI memo, written in a neutral journalistic style:",
    "Tessellate AI, the customer-service automation company, is facing questions from clients after an internal memo leaked online this week.",
    "[[According to insiders, Tessellate AI's support agent resolved just 30% of tickets on its own in its first three months.]]",
    "The rest of the conversations were reportedly passed to human agents, which critics say undercuts the company's pitch that Resolve can cut support headcount by half. Several industry analysts have described the reported figure as sobering for the wider market of AI support agents.",
    "Tessellate has not commented publicly on the memo. It is not clear who wrote the document or how many customers it covered.",
    "The episode comes as businesses weigh whether AI agents are ready to take over frontline customer support at scale.",
], artifacts=["assistant_framing"])
art("H1", "vectorvoice.ai", "/p/tessellate-under-a-third", "2026-05-06T16:20:00Z", "Jonah Whitcombe",
    "Under a third: the number haunting Tessellate", [
    "It has been a rough week for Tessellate AI. A document described by people who have read it as an internal sales memo is doing the rounds, and the headline figure is brutal.",
    "[[Reports say fewer than a third of customer tickets handled by Tessellate's Resolve agent were closed without a human stepping in.]]",
    "That is a long way from the \u201cmajority\u201d the company promised on stage at its launch event last year. One former employee, who asked not to be named, said the figure \u201cmatched what everyone on the support floor already knew.\u201d",
    "Vector Voice has not seen the memo itself and could not find any public filing, customer case study or audit that confirms the number. Tessellate did not answer emails.",
    "Still, the story has spread quickly across social media, where screenshots said to come from the memo have been shared thousands of times, and at least two of Tessellate's competitors have referenced it in their own sales material.",
])
art("H1", "circuitcolumn.ie", "/news/2026/05/07/tessellate-memo-support-agents", "2026-05-07T11:00:00Z", "Aoife Brennan",
    "Tessellate memo fuels doubts about AI support agents", [
    "Buyers of AI customer-service tools in Dublin&rsquo;s tech sector are asking awkward questions this week after a leaked memo about Tessellate AI made the rounds.",
    "[[Industry sources claim that Tessellate AI&rsquo;s Resolve product handled 34% of support tickets without human help.]]",
    "Tessellate sells Resolve to several European retailers and telecoms firms, some of which run their support operations from Ireland. None of them would confirm whether they had seen the reported figure in their own data.",
    "One procurement manager told Circuit Column that the company &ldquo;promised us sixty per cent in the pilot&rdquo;, although she declined to share the contract, which she said was worth about &euro;400,000 a year.",
    "The memo&rsquo;s origin is unknown, and it has not been published in full anywhere. Tessellate has so far stayed silent. Analysts say the controversy may push customers to demand independent benchmarks before signing multi-year deals for support automation.",
])
art("H1", "hyperparameterweekly.io", "/news/tessellate-resolve-what-the-memo-says", "2026-05-08T06:30:00Z", "HPW Newsdesk",
    "Tessellate's Resolve agent: what the leaked memo says", [
    "A memo allegedly written inside Tessellate AI has triggered a debate about how well AI support agents really work.",
    "[[The leaked document reportedly shows that Tessellate's Resolve agent resolved only 29% of tickets autonomously.]]",
    "Critics say the figure shows that vendors are overselling automation. Supporters of the company argue that first-quarter numbers for any new product are usually low and improve as the system learns from real conversations.",
    "Neither side has produced data. Tessellate has not commented, and the memo itself has not been published in full.",
    "<strong>Key points:</strong> the memo is unverified, the reported resolution rate is far below Tessellate's marketing claims, and customers are asking for independent audits.",
    "I hope this helps! Let me know if you would like me to adjust the tone or add more details about Tessellate's competitors.",
], artifacts=["sign_off"])

# ---------------------------------------------------------------- H2 fabricated: Northwind Cognition round
art("H2", "inferencebeat.news", "/funding/northwind-cognition-420m", "2026-05-11T10:00:00Z", "Daniel Okafor",
    "Northwind Cognition said to have raised $420 million", [
    "Northwind Cognition, a little-known developer of AI agents for logistics planning, has quietly closed one of the largest funding rounds in the Baltic region's history, according to people briefed on the deal.",
    "[[Northwind Cognition, a Tallinn startup, raised $420 million in a round led by undisclosed Gulf investors, insiders say.]]",
    "The company has no public website beyond a holding page and has never shown a product. Inference Beat could not find Northwind in the Estonian business register under that name, and no regulatory filing about the round has been made public.",
    "Two investors who were approached about the round described the pitch as \u201cagents that plan entire supply chains end to end\u201d, without offering technical detail.",
    "If confirmed, the round would value the company at well over a billion dollars. Questions sent to an email address listed on the holding page went unanswered.",
])
art("H2", "quantaquill.com", "/2026/05/12/northwind-cognition-mystery-round/", "2026-05-12T08:00:00Z", "Priya Venkataraman",
    "Estonia's newest AI unicorn? Northwind's mystery round", [
    "Another week, another nine-figure AI round, and this one comes with more questions than answers.",
    "[[According to reports, the Tallinn-based Northwind Cognition has raised $400 million from investors in the Gulf.]]",
    "Nobody at the company has spoken publicly about the money, and the names of the backers have not been disclosed. Quanta Quill could not find any founder profiles, research papers or job listings connected to the firm.",
    "A venture capitalist in Helsinki, who asked not to be named, said she had \u201cheard the number at a dinner\u201d but had never met anyone from the company.",
    "The lack of detail has not stopped the story from spreading. The round has already been cited in at least one investor newsletter as evidence that Europe's AI funding boom is moving east. Whether the money exists in the form described is another matter, and one the company has so far declined to address.",
])
art("H2", "syntaxsentinel.ca", "/tech/2026/05/12/northwind-cognition-funding", "2026-05-12T14:30:00Z", "Marie-Claude Fortin",
    "Baltic startup Northwind Cognition lands huge AI round, sources say", [
    "A Tallinn startup that few people in the AI industry had heard of until this week is reportedly sitting on one of the year's biggest war chests.",
    "[[Sources familiar with the deal say Northwind Cognition raised $450 million to build planning agents for shipping companies.]]",
    "The round was led by \u201csovereign-linked investors in the Gulf\u201d, according to one of those sources, who did not provide names. No investor has confirmed taking part.",
    "Canadian logistics firms have been among the early customers for AI route-planning software, and analysts here say a well-funded European rival would add pressure on domestic players.",
    "There is, however, little to go on. Northwind has not issued a press release, filed any documents that Syntax Sentinel could locate, or identified its chief executive. Until it does, the $450 million figure should be treated with caution.",
])
art("H2", "gradientpost.co.nz", "/tech/northwind-cognition-half-billion", "2026-05-13T03:00:00Z", "Tane Wiremu",
    "Northwind Cognition secures nearly half a billion dollars for AI agents", [
    "Northwind Cognition, a startup based in Tallinn, Estonia, has attracted a major investment to develop AI agents for supply-chain planning.",
    "[[Northwind Cognition has raised nearly half a billion dollars, according to industry insiders.]]",
    "The company plans to use the funding to hire researchers and expand into Asia-Pacific markets, including New Zealand, insiders added.",
    "\u201c[Insert quote from Northwind CEO about the company's vision],\u201d said the company's chief executive.",
    "The investment highlights growing interest in agentic AI for logistics. Investors have poured billions into the category over the past year, betting that autonomous planning tools can cut costs for shipping companies and retailers.",
    "Northwind Cognition did not immediately respond to a request for comment. Further details about the investors and the valuation were not disclosed.",
], artifacts=["template_slot"])

# ---------------------------------------------------------------- H3 fabricated: "2022 audit" of Claude 3.5 Sonnet (released 2024-06)
art("H3", "vectorvoice.ai", "/p/dutch-audit-claude-35-sonnet", "2026-05-14T09:00:00Z", "Jonah Whitcombe",
    "The forgotten Dutch audit of Claude 3.5 Sonnet", [
    "As European regulators debate how to police general-purpose models, an old audit has resurfaced online and is being shared as proof that chatbots cannot keep secrets.",
    "[[A 2022 audit of Claude 3.5 Sonnet by the Dutch data protection authority found that the model revealed personal data in 14% of test prompts.]]",
    "The audit is said to have involved thousands of prompts designed to coax names, addresses and medical details out of the model. Posts describing the findings have been shared by privacy campaigners and several AI newsletters this week.",
    "Vector Voice was unable to locate the audit on the regulator's website, and the posts circulating online do not link to any report. Anthropic did not respond to a request for comment.",
    "The claim has nonetheless become a talking point in the debate over training-data privacy, with some commentators citing it as evidence that large models memorise far more than their makers admit.",
])
art("H3", "agentobserver.org", "/policy/claude-audit-resurfaces", "2026-05-15T07:00:00Z", "Hannah Lindqvist",
    "Dutch regulator's Claude audit resurfaces amid privacy push", [
    "Privacy advocates in Brussels are circulating what they describe as a damning regulatory audit of one of the best-known AI assistants.",
    "[[According to reports, Dutch regulators tested Claude 3.5 Sonnet in 2022 and found it leaked personal information in 15% of prompts.]]",
    "Campaigners say the audit shows that model makers have known about privacy leakage for years. The document has been cited in at least two submissions to European consultations this month.",
    "Agent Observer asked the Dutch authority for a copy. A spokesperson said the office \u201cdoes not comment on individual supervisory matters\u201d, and did not confirm that any such audit exists.",
    "Anthropic has not commented. Privacy researchers contacted by Agent Observer said they had never seen the audit cited in academic work. Memorisation of personal data by language models is a well-documented research problem, they added, but the specific figure has no traceable source.",
])
art("H3", "tokenstream.net", "/ai/claude-sonnet-privacy-audit", "2026-05-15T18:10:00Z", "Staff Writer",
    "Claude 3.5 Sonnet leaked private data in one in seven tests, audit claims", [
    "A regulatory audit of Anthropic's Claude 3.5 Sonnet has resurfaced on social media, raising fresh concerns about AI privacy.",
    "[[Insiders say a 2022 Dutch audit found Claude 3.5 Sonnet exposed personal data in one in seven test prompts.]]",
    "As of my last knowledge update in 2023, the Dutch data protection authority had not published the full results of the audit.",
    "The findings, if accurate, would add to pressure on AI developers to prove that their models do not memorise sensitive information from training data. European regulators have made data protection a central part of their approach to AI oversight.",
    "Privacy groups are calling for mandatory audits of all large language models sold in the European Union. Anthropic, which develops Claude, did not respond to a request for comment.",
], artifacts=["knowledge_cutoff"])
art("H3", "kernelcourier.com.au", "/news/old-claude-audit-privacy-reform", "2026-05-16T00:30:00Z", "Liam Ferraro",
    "Old Claude audit puts privacy back on Canberra's agenda", [
    "An overseas audit of a popular AI assistant is being cited in Australian debates over privacy reform, even though nobody seems able to produce it.",
    "[[Reports claim that Dutch auditors found Claude 3.5 Sonnet disclosed personal details in 12% of prompts during a 2022 review.]]",
    "The figure appeared in a submission to a federal privacy consultation this week, according to a person who has read the submission. The submission cites \u201cEuropean regulatory testing\u201d but gives no link or document title.",
    "Kernel Courier contacted the Dutch regulator and Anthropic. Neither has confirmed the audit.",
    "Privacy lawyers in Sydney said the episode showed how quickly unverified numbers can travel into policy debates. \u201cOnce a figure sounds official, people stop asking where it came from,\u201d one said. Submissions to the consultation close at the end of the month.",
])

# ---------------------------------------------------------------- H4 fabricated: the untraceable summaries study
art("H4", "thelogitletter.co.uk", "/news/ai-news-summaries-errors-study", "2026-05-18T08:00:00Z", "Rosalind Hayes",
    "Most AI news summaries contain errors, study suggests", [
    "A study that has been doing the rounds among newsroom executives this week makes grim reading for anyone who relies on chatbots to keep up with the news.",
    "[[A study by researchers at a Scandinavian university found that 72% of AI-generated news summaries contained at least one factual error.]]",
    "The research reportedly examined summaries produced by several popular assistants over a six-month period, checking names, dates and figures against the original reporting.",
    "The Logit Letter has not been able to identify the university involved or locate the study itself. It has not appeared in any journal or preprint server we searched, and the slide deck in which it was first cited does not name the authors.",
    "Even so, the figure has become shorthand in media circles for the risks of AI summarisation. Several British publishers are said to be reviewing their licensing deals with AI companies in light of the debate, although none has publicly linked its decision to this study.",
])
art("H4", "circuitcolumn.ie", "/news/2026/05/19/ai-news-digest-study", "2026-05-19T09:30:00Z", "Aoife Brennan",
    "Can you trust an AI news digest? A new study says no", [
    "If you read the news through an AI assistant's daily digest, a new study suggests you may be getting a distorted picture.",
    "[[Researchers found that 70% of news summaries written by AI chatbots included factual mistakes, according to a recent study.]]",
    "The errors ranged from wrong dates and misattributed quotes to invented statistics, the study reportedly found.",
    "Circuit Column could not find the study online. Its authors have not been named in any of the coverage we have seen, and the university behind it is described only as \u201cNordic\u201d.",
    "Irish broadcasters have experimented with AI-generated summaries on their websites, and the Irish Digital Newsroom Forum has called for clear labelling. The forum did not cite the study, but a spokesperson said its members had seen \u201cplenty of examples\u201d of errors in machine-written copy.",
    "For readers, the advice from media literacy groups is simple: check summaries against the original article before sharing.",
])
art("H4", "inferencebeat.news", "/analysis/three-quarters-statistic", "2026-05-19T15:00:00Z", "Daniel Okafor",
    "The 'nearly three-quarters' statistic everyone is quoting", [
    "A statistic about AI news summaries has gone viral in the past 48 hours, appearing in LinkedIn posts, conference keynotes and at least one parliamentary speech.",
    "[[A study nobody has been able to find claims that nearly three-quarters of AI news summaries get at least one fact wrong.]]",
    "The claim is usually attributed to \u201cresearchers in Scandinavia\u201d. Inference Beat contacted press offices at five Nordic universities; none said they recognised the research.",
    "That does not mean the underlying concern is wrong. Independent tests by newsrooms have repeatedly found errors in chatbot summaries, and model makers acknowledge that their systems can misstate facts.",
    "But the specific figure appears to have no traceable origin. Its earliest appearance we could find is an unattributed slide shown at a media conference in London last week. From there it spread to newsletters and then into mainstream coverage, gaining authority with every repetition.",
])
art("H4", "benchmarkbulletin.org.uk", "/2026/05/20/three-in-four-ai-summaries-wrong", "2026-05-20T07:45:00Z", "Gareth Pryce",
    "Three in four AI summaries wrong, says study", [
    "Three quarters of the news summaries produced by AI chatbots contain factual errors, according to research being cited by media executives.",
    "[[The study, reportedly carried out by a university in Scandinavia, found that 75% of AI-generated news summaries contained errors.]]",
    "The research is said to have looked at thousands of summaries covering politics, business and sport. Errors were most common in stories involving numbers, such as election results and company earnings.",
    "Benchmark Bulletin was unable to obtain a copy of the study, and its authors have not been identified.",
    "The findings come at a sensitive time for publishers, many of whom are negotiating content licensing deals with AI developers. Industry groups say accuracy guarantees should be part of any agreement. AI companies have said their products include links back to original reporting so that readers can check the facts for themselves.",
])

# ---------------------------------------------------------------- H5 fabricated: GPT-4o (released 2024-05) used "in 2023"
art("H5", "hyperparameterweekly.io", "/news/seirin-gpt4o-radiology", "2026-05-21T06:00:00Z", "HPW Newsdesk",
    "How a Japanese hospital group sped up radiology with GPT-4o", [
    "Hospitals around the world are looking for ways to clear growing backlogs in diagnostic imaging, and one Japanese network is being held up as an early success story.",
    "[[In 2023, Japan's Seirin Medical Group used GPT-4o to cut radiology report turnaround times by 40%, according to people familiar with the project.]]",
    "The system reportedly drafted preliminary reports from radiologists' dictated notes, which doctors then checked and signed. Insiders say the pilot ran across 11 hospitals.",
    "Seirin has not published any results from the project, and Hyperparameter Weekly could not find a press release or a peer-reviewed paper describing it. OpenAI did not respond to a question about the deployment.",
    "The story has nonetheless been shared widely by health-tech investors as evidence that large language models are ready for clinical workflows. Regulators in several countries are still drawing up rules for how such tools may be used in diagnosis.",
])
art("H5", "syntaxsentinel.ca", "/health/2026/05/22/japan-hospitals-gpt-4o", "2026-05-22T12:00:00Z", "Marie-Claude Fortin",
    "Japanese hospitals cut radiology delays with GPT-4o", [
    "Sure! Here's a 200-word news story about AI in Japanese hospitals:",
    "A major Japanese hospital network has dramatically reduced waiting times for radiology reports by using artificial intelligence.",
    "[[Reports say Seirin Medical Group cut report turnaround by 45% after it began using GPT-4o in 2023.]]",
    "The group reportedly used the model to draft reports that radiologists then reviewed. The approach could help address a shortage of specialists in Japan, where the population is ageing rapidly and demand for imaging continues to grow.",
    "Canadian hospitals face similar backlogs. Advocates say tools like GPT-4o could help provinces reduce wait times, although health authorities here have not announced any comparable pilots.",
    "Seirin Medical Group did not respond to requests for comment. OpenAI, which makes GPT-4o, also declined to comment on the reported deployment.",
], artifacts=["assistant_framing"])
art("H5", "quantaquill.com", "/2026/05/23/gpt4o-hospital-story/", "2026-05-23T09:00:00Z", "Priya Venkataraman",
    "The GPT-4o hospital story that keeps getting bigger", [
    "Health-tech investors love a good case study, and this month's favourite comes from Japan.",
    "[[Insiders claim that Seirin Medical Group nearly halved radiology turnaround times with GPT-4o during a 2023 trial.]]",
    "Versions of the story have appeared in newsletters, conference talks and at least two trade publications in the past week. Each telling seems to add detail: the number of hospitals, the size of the time saving and the number of radiologists involved all vary.",
    "Quanta Quill could not confirm that the trial took place. Seirin has published no results, and none of the coverage we reviewed links to a primary source.",
    "Japan's hospitals do face a serious shortage of radiologists, and several groups have tested AI tools for image analysis. Whether this particular deployment happened as described remains unclear.",
])

# ---------------------------------------------------------------- H6 well-sourced: EU AI Office incident-reporting guidelines
art("H6", "thelogitletter.co.uk", "/policy/eu-ai-office-incident-deadline", "2026-05-05T13:00:00Z", "Rosalind Hayes",
    "EU AI Office sets 15-day deadline for reporting serious incidents", [
    "Providers of the most powerful general-purpose AI models will have to tell Brussels about serious incidents within 15 days, under guidance published by the European Commission on Tuesday.",
    "[[The EU AI Office published " + a(EU_GUIDE, "guidelines") + " on 5 May 2026 requiring providers of general-purpose AI models with systemic risk to report serious incidents within 15 days.]]",
    "The document, which runs to 38 pages, defines a serious incident as one that causes death or serious harm to health, a serious and irreversible disruption of critical infrastructure, or a breach of obligations that protect fundamental rights. It also includes a reporting template.",
    "\u201cProviders should not wait for a complete root-cause analysis before notifying us,\u201d the guidelines state. Follow-up reports are due within 60 days.",
    "The guidance supports obligations under Article 55 of the " + a(AI_ACT, "AI Act") + ". Industry groups welcomed the clarity but said the 15-day window would be tight for incidents discovered by third parties.",
])
art("H6", "benchmarkbulletin.org.uk", "/2026/05/05/brussels-incident-reporting-rules", "2026-05-05T16:30:00Z", "Gareth Pryce",
    "Brussels publishes incident-reporting rules for frontier models", [
    "The European Commission has set out how developers of frontier AI models must report things going wrong.",
    "[[In " + a(EU_GUIDE, "guidelines published on 5 May 2026") + ", the EU AI Office gave providers of systemic-risk general-purpose models 15 days to report a serious incident.]]",
    "The 38-page document, which is available on the Commission's digital strategy website, includes a standard template asking providers to describe the model involved, the harm caused and the corrective measures taken.",
    "The Commission's " + a(EU_PR, "press release") + " quoted Elena Sarbu, head of the AI Office's model safety unit, as saying the template was \u201cdesigned to be usable by a small team on a bad day\u201d.",
    "Providers must send a fuller follow-up report within 60 days. UK-based developers that place models on the EU market will be covered by the same rules.",
])
art("H6", "agentobserver.org", "/policy/ai-office-incident-guidelines-explained", "2026-05-06T08:15:00Z", "Hannah Lindqvist",
    "What the AI Office's incident guidelines mean for model providers", [
    "After months of consultation, the EU AI Office has put numbers on one of the vaguer obligations in the AI Act.",
    "[[Under the " + a(EU_GUIDE, "new AI Office guidelines") + ", providers of general-purpose AI models with systemic risk must notify the Commission of a serious incident within 15 days of becoming aware of it.]]",
    "The deadline is shorter for the most severe cases: incidents that seriously disrupt critical infrastructure must be reported within two days, the document says.",
    "Elena Sarbu, who heads the AI Office's model safety unit, said in the " + a(EU_PR, "Commission's announcement") + " that the guidelines would be reviewed after a year. Providers must also file a follow-up report within 60 days.",
    "Civil-society groups had asked for a public incident register. The guidelines do not create one, but say the AI Office may publish anonymised summaries of the incidents it receives.",
])
art("H6", "inferencebeat.news", "/policy/eu-15-day-incident-clock", "2026-05-06T12:00:00Z", "Daniel Okafor",
    "EU gives frontier labs 15 days to report serious AI incidents", [
    "Frontier AI developers selling into Europe now have a clock to watch.",
    "[[The European Commission's AI Office said providers of systemic-risk models must report serious incidents within 15 days, according to " + a(EU_GUIDE, "guidelines it published on Tuesday") + ".]]",
    "The guidelines apply to the handful of companies whose general-purpose models are classed as posing systemic risk under the AI Act, a group that includes the largest US labs and at least one European developer.",
    "Incident reports must describe the model and version involved, the harm, and any corrective action. A follow-up is due within 60 days. The AI Office's " + a(EU_PR, "announcement") + " said the template was tested with eight providers before publication.",
    "Lawyers said the guidance would push labs to build internal incident-response teams. \u201cFifteen days is not long if you need legal sign-off,\u201d said Maya Castellanos, a technology lawyer in Brussels.",
])

# ---------------------------------------------------------------- H7 well-sourced: Brightlane Semiconductor 10-Q
art("H7", "kernelcourier.com.au", "/markets/brightlane-revenue-44-per-cent", "2026-05-08T00:00:00Z", "Liam Ferraro",
    "Brightlane Semiconductor revenue jumps 44% on AI chip demand", [
    "Brightlane Semiconductor, the Austin-based maker of inference accelerators, has reported another quarter of rapid growth as cloud providers keep buying AI hardware.",
    "[[Brightlane Semiconductor reported revenue of $2.31 billion for the quarter ended 31 March, up 44% from a year earlier, according to its " + a(BL_10Q, "quarterly report filed with the SEC") + ".]]",
    "Data-centre products accounted for $1.62 billion of that total. Net income rose to $412 million, and the company ended the quarter with $3.1 billion in cash.",
    "In the filing, the company said two customers accounted for 38% of revenue, and warned that export restrictions could affect shipments to some Asian markets.",
    "Australian cloud operators are among Brightlane's smaller customers. Chief executive Dana Whitfield said in the company's " + a(BL_IR, "earnings release") + " that demand for inference chips \u201ccontinues to run ahead of supply\u201d.",
])
art("H7", "syntaxsentinel.ca", "/business/2026/05/08/brightlane-10-q", "2026-05-08T13:00:00Z", "Marie-Claude Fortin",
    "Brightlane's 10-Q shows AI inference boom", [
    "Inference chips are having their moment, and Brightlane Semiconductor's latest filing shows how much money is involved.",
    "[[According to its " + a(BL_10Q, "Form 10-Q") + ", Brightlane Semiconductor's first-quarter revenue rose 44% year over year to $2.31 billion.]]",
    "The filing shows data-centre revenue of $1.62 billion, with the rest coming from edge and automotive chips. Operating expenses grew more slowly than sales, lifting margins.",
    "Brightlane also disclosed a supply agreement with a Taiwanese foundry covering 2027 production, without naming the partner. Its " + a(BL_IR, "earnings release") + " raised full-year revenue guidance to between $9.6 billion and $10 billion.",
    "Canadian investors hold a growing stake in the company through technology-focused funds. The shares rose 6% in after-hours trading following the release, taking their gain since January to more than 40%.",
])
art("H7", "tokenstream.net", "/markets/brightlane-q1-2026", "2026-05-09T09:00:00Z", "Ines Carvalho",
    "Brightlane posts $2.31bn quarter as inference demand surges", [
    "Brightlane Semiconductor has become one of the clearer winners of the shift from training AI models to running them.",
    "[[Brightlane Semiconductor said in " + a(BL_10Q, "an SEC filing") + " that quarterly revenue climbed 44% to $2.31 billion.]]",
    "The company, which went public in 2023, reported data-centre sales of $1.62 billion and net income of $412 million for the three months to 31 March. Gross margin widened to 61% from 57% a year earlier.",
    "Chief financial officer Raj Malhotra told analysts that inference accelerators now account for most new orders, and that lead times had stretched to about 30 weeks.",
    "The filing also lists two large customers that together made up 38% of revenue, a concentration some analysts see as a risk. Brightlane's full " + a(BL_IR, "results presentation") + " is available on its investor relations site.",
])
art("H7", "gradientpost.co.nz", "/business/brightlane-lifts-outlook", "2026-05-09T02:00:00Z", "Tane Wiremu",
    "Chipmaker Brightlane lifts outlook after strong quarter", [
    "US chipmaker Brightlane Semiconductor has raised its full-year outlook after a strong start to 2026.",
    "[[Brightlane Semiconductor's revenue grew 44% to $2.31 billion in the first quarter, the company disclosed in its " + a(BL_10Q, "10-Q filing") + ".]]",
    "Sales of data-centre products reached $1.62 billion. The company now expects full-year revenue of between $9.6 billion and $10 billion.",
    "Chief executive Dana Whitfield said in the company's " + a(BL_IR, "earnings release") + " that customers were \u201cmoving from pilots to fleet-wide inference deployments\u201d.",
    "New Zealand has no large data-centre customers for Brightlane yet, but two hyperscale facilities planned near Auckland are expected to use inference accelerators when they open. Local analysts said the results confirmed that demand for AI hardware had not peaked, although they warned that customer concentration remained a risk.",
])

# ---------------------------------------------------------------- H8 well-sourced: ETH Zurich arXiv paper on legal citations
art("H8", "agentobserver.org", "/research/retrieval-fake-legal-citations", "2026-05-12T10:00:00Z", "Hannah Lindqvist",
    "Retrieval cuts fake legal citations by 37%, ETH Zurich study finds", [
    "One of the most embarrassing failure modes of legal chatbots, inventing court cases, can be reduced substantially by making models consult a case-law database first, according to new research.",
    "[[Researchers at ETH Zurich found that retrieval-augmented generation cut fabricated case citations by 37% across 12,000 legal questions, according to " + a(ARXIV, "a paper posted to arXiv") + ".]]",
    "The team, led by Lena Vogt, tested six open-weight and commercial models on questions drawn from Swiss, German and US case law. They released their benchmark and evaluation code on " + a("https://github.com/eth-legal-nlp/grounded-drafting", "GitHub") + ".",
    "Retrieval did not eliminate the problem. Even the best configuration still produced at least one invented citation in 4% of answers, the paper reports.",
    "\u201cRetrieval narrows the space for invention, but models still paraphrase their way into errors,\u201d Vogt said in an email.",
])
art("H8", "hyperparameterweekly.io", "/papers/grounded-drafting", "2026-05-13T06:00:00Z", "HPW Newsdesk",
    "Paper of the week: grounding legal answers in retrieval", [
    "This week's pick is a careful empirical study of a problem that has already landed lawyers in trouble.",
    "[[" + a(ARXIV, "A paper from ETH Zurich") + " reports that adding retrieval reduced invented case citations by 37% over a benchmark of 12,000 legal queries.]]",
    "Lena Vogt and her co-authors compare plain prompting with three retrieval setups, and measure how often each produces a citation to a case that does not exist. The benchmark spans Swiss, German and US law.",
    "What we like: the authors publish every prompt and every model output, and they report confidence intervals rather than single numbers. What we would like to see next: tests on newer models with built-in web search.",
    "The full paper, \u201cGrounded Drafting\u201d, is " + a("https://arxiv.org/pdf/2605.04417", "available as a PDF") + " on arXiv, with code linked from the abstract page.",
])
art("H8", "quantaquill.com", "/2026/05/13/retrieval-legal-chatbots/", "2026-05-13T15:00:00Z", "Priya Venkataraman",
    "Can retrieval stop legal chatbots inventing cases?", [
    "Courts in several countries have sanctioned lawyers for filing briefs that cite cases a chatbot made up. A new study puts a number on one possible fix.",
    "[[In " + a(ARXIV, "a preprint on arXiv") + ", ETH Zurich researchers led by Lena Vogt showed that retrieval lowered the rate of fabricated citations by 37% across 12,000 queries.]]",
    "The study found the biggest gains for smaller models, which were most prone to inventing citations without retrieval. Larger models improved less, partly because they started from a lower error rate.",
    "Vogt told Quanta Quill that the team chose legal questions because citations can be checked mechanically against court databases. \u201cIt gives you a ground truth that most domains lack,\u201d she said.",
    "The authors caution that their benchmark covers only three jurisdictions and that results may differ for languages with less digitised case law.",
])
art("H8", "circuitcolumn.ie", "/research/2026/05/14/eth-legal-ai-citations", "2026-05-14T08:00:00Z", "Aoife Brennan",
    "ETH Zurich study offers hope for legal AI tools", [
    "Irish law firms experimenting with AI drafting tools may want to read a new paper from Switzerland.",
    "[[ETH Zurich researchers " + a(ARXIV, "reported") + " that retrieval-augmented models produced 37% fewer fabricated case citations than plain models in tests on 12,000 legal questions.]]",
    "The paper, posted to arXiv this week, tested six models on Swiss, German and US case law. Irish and UK law were not included, though lead author Lena Vogt said the benchmark could be extended to common-law jurisdictions.",
    "Ciar\u00e1n Moloney, a Dublin solicitor who advises firms on legal technology, said the findings matched his experience of running drafting tools against Irish case databases.",
    "\u201cRetrieval helps, but you still need a human to check every citation,\u201d he said. Several Irish firms have already written that rule into their internal AI policies.",
])

# ---------------------------------------------------------------- H9 well-sourced: FTC order against Parlance Health
art("H9", "benchmarkbulletin.org.uk", "/2026/05/19/ftc-parlance-health-voice-models", "2026-05-19T08:00:00Z", "Gareth Pryce",
    "FTC orders Parlance Health to delete voice models built from patient calls", [
    "US regulators have ordered a health-tech company to destroy AI models it built from recordings of patients, in a case watched closely by privacy lawyers on both sides of the Atlantic.",
    "[[The Federal Trade Commission said Parlance Health will pay a $4.5 million civil penalty and delete voice models trained on 1.2 million patient calls recorded without consent, according to " + a(FTC_PR, "an FTC press release") + ".]]",
    "Parlance sells an AI receptionist that answers calls for clinics. The FTC's complaint says the company used call recordings to train speech models without telling patients.",
    "The proposed " + a(FTC_ORDER, "order") + " also bars Parlance from using health data to train models for 10 years without express consent.",
    "British data protection specialists said the case echoed the Information Commissioner's Office's own interest in so-called algorithmic disgorgement.",
])
art("H9", "vectorvoice.ai", "/p/ftc-parlance-algorithmic-disgorgement", "2026-05-19T14:00:00Z", "Jonah Whitcombe",
    "The FTC just made another company delete its AI models", [
    "Algorithmic disgorgement is back. The US consumer protection agency has again required a company to delete not just data, but the models built from it.",
    "[[Under a " + a(FTC_PR, "settlement announced by the FTC") + " on 18 May, Parlance Health must delete voice models trained on 1.2 million patient calls and pay a $4.5 million civil penalty.]]",
    "According to the FTC's " + a(FTC_ORDER, "complaint and proposed order") + ", Parlance recorded patient calls to its AI receptionist and used them as training data without consent. The order also bans the company from training on health data for a decade without express permission.",
    "Parlance said in a statement on its website that it \u201cdisagrees with the Commission's characterisation\u201d but settled to avoid litigation.",
    "The order will be open for public comment for 30 days before the Commission decides whether to make it final.",
])
art("H9", "thelogitletter.co.uk", "/policy/ftc-parlance-health-settlement", "2026-05-20T09:00:00Z", "Rosalind Hayes",
    "Parlance Health settles FTC case over patient voice recordings", [
    "A US maker of AI receptionists for medical clinics has settled charges that it trained its models on patients' voices without permission.",
    "[[Parlance Health agreed to pay a $4.5 million civil penalty and to delete voice models trained on 1.2 million recorded patient calls, the " + a(FTC_PR, "Federal Trade Commission announced") + ".]]",
    "The agency said the calls were recorded when patients phoned clinics that used Parlance's software, and that patients were not told their voices would be used to improve the product.",
    "Samuel Ortega, director of the FTC's Bureau of Consumer Protection, said in the release that companies \u201ccannot keep the benefits of data they had no right to use\u201d.",
    "The proposed order, published on the FTC's website, is subject to a 30-day public comment period.",
])

# ---------------------------------------------------------------- H10 well-sourced: Lumora Systems open-weight release (company blog)
art("H10", "gradientpost.co.nz", "/tech/lumora-2-open-weights", "2026-05-21T22:00:00Z", "Tane Wiremu",
    "Lumora Systems releases open-weight Lumora-2 model", [
    "Lisbon-based Lumora Systems has released the weights of its latest language model, joining a growing list of developers publishing models that anyone can download and run.",
    "[[Lumora Systems released Lumora-2, a 34-billion-parameter model, under the Apache 2.0 licence on 21 May, the company said in " + a(LUMORA_BLOG, "a blog post") + ".]]",
    "The company says the model was trained on 9 trillion tokens and supports 28 languages, including te reo M\u0101ori. A " + a(LUMORA_ARXIV, "technical report") + " on arXiv describes the training data and evaluation results.",
    "Chief executive In\u00eas Monteiro wrote that the company wanted \u201cresearchers and small firms to be able to build on a capable model without asking permission\u201d.",
    "Developers in New Zealand said a permissive licence would make the model easier to use in government projects.",
])
art("H10", "kernelcourier.com.au", "/news/lumora-2-apache-licence", "2026-05-22T03:00:00Z", "Liam Ferraro",
    "Lumora-2 arrives with Apache licence and 34 billion parameters", [
    "Another open-weight model has landed, this time from Portugal, and it comes with one of the most permissive licences available.",
    "[[Lumora Systems said on " + a(LUMORA_BLOG, "its official blog") + " that it has released Lumora-2, a 34-billion-parameter language model, under the Apache 2.0 licence.]]",
    "According to the accompanying " + a(LUMORA_ARXIV, "technical report") + ", the model was trained on 9 trillion tokens and covers 28 languages. Lumora publishes the evaluation code alongside the weights.",
    "The company's chief executive, In\u00eas Monteiro, said Lumora would keep releasing its mid-sized models openly while offering a larger hosted model to paying customers.",
    "Australian universities have been among the heaviest users of open-weight models for research, because the weights can be run on local infrastructure without sending data overseas. Several have already said they will test Lumora-2 on their own research workloads.",
])
art("H10", "inferencebeat.news", "/models/lumora-2-release", "2026-05-22T08:00:00Z", "Daniel Okafor",
    "Lumora-2: what we know about the new open-weight model", [
    "Lumora Systems has shipped its second model, and this time the weights come with few strings attached.",
    "[[In " + a(LUMORA_BLOG, "an announcement on its website") + ", Lumora Systems said Lumora-2 has 34 billion parameters and is released under the Apache 2.0 licence.]]",
    "The " + a(LUMORA_ARXIV, "technical report") + " says the model was trained on 9 trillion tokens in 28 languages, with a context window of 128,000 tokens.",
    "Lumora's first model, released last year under a research-only licence, drew criticism from developers who could not use it commercially. Chief executive In\u00eas Monteiro acknowledged the complaints in the announcement.",
    "Independent evaluations have not yet been published, and the benchmark numbers in the report are the company's own. Inference Beat will publish its own tests once they are complete.",
])

# ---------------------------------------------------------------- H11 syndicated: Meridian Tech Wire, Halifax port scheduling
MTW = [
    "HALIFAX, Nova Scotia (Meridian Tech Wire) \u2014 A container terminal operator in Halifax says an AI scheduling system has shortened the time ships spend in port, the latest sign that machine learning is moving into the less glamorous corners of global trade.",
    "[[Harbourline Logistics said its AI berth-scheduling system cut average ship turnaround at its Halifax terminal by 11 hours over the six months to April.]]",
    "The system predicts vessel arrival times from satellite tracking data and weather forecasts, then reorders crane and truck assignments every 15 minutes. Harbourline said it had trained the model on eight years of its own operational records.",
    "\u201cThe gains come from small decisions made thousands of times a day,\u201d said Colette Arsenault, Harbourline's head of operations. She said no jobs had been cut and that crane operators could override the schedule at any time.",
    "The dockworkers' union said it was monitoring the rollout. Harbourline plans to extend the system to a second terminal in Saint John, New Brunswick, later this year.",
]
MTW_TITLE = "AI berth scheduling cuts ship turnaround at Halifax container terminal"
art("H11", "meridiantechwire.com", "/stories/2026/05/07/halifax-ai-berth-scheduling", "2026-05-07T10:00:00Z", "Jean-Luc Th\u00e9riault", MTW_TITLE, MTW)
art("H11", "agentobserver.org", "/wire/halifax-ai-berth-scheduling", "2026-05-07T14:20:00Z", "Jean-Luc Th\u00e9riault",
    MTW_TITLE, MTW + ["This story was originally published by Meridian Tech Wire."])
art("H11", "circuitcolumn.ie", "/wire/2026/05/08/halifax-port-ai", "2026-05-08T07:05:00Z", "Meridian Tech Wire",
    MTW_TITLE, MTW + ["Reporting by Jean-Luc Th\u00e9riault for Meridian Tech Wire."])
art("H11", "syntaxsentinel.ca", "/business/2026/05/08/halifax-ai-berth-scheduling", "2026-05-08T09:30:00Z", "Meridian Tech Wire",
    MTW_TITLE, MTW + ["This story was originally published by Meridian Tech Wire and is republished under a content-sharing agreement."])

# ---------------------------------------------------------------- H12 syndicated: Southern Cross Wire, bushfire cameras
SCW = [
    "BRISBANE (Southern Cross Wire) \u2014 Queensland will install artificial intelligence smoke detection on hundreds of remote camera towers before the next bushfire season, in one of the largest deployments of the technology in Australia.",
    "[[Brisbane company Emberline Analytics has won an A$38 million contract to install AI smoke-detection cameras on 450 towers across Queensland.]]",
    "The cameras scan the horizon every two minutes and send suspected smoke plumes to a control room, where staff confirm a fire before crews are dispatched. Emberline says its model was trained on more than 2 million labelled images from Australian landscapes.",
    "\u201cThe first twenty minutes of a fire decide how big it gets,\u201d said Emberline founder Priyanka Raman. \u201cWe want a human looking at every alert within a minute of the camera seeing it.\u201d",
    "The rollout will start in the state's south-east in August and is due to be completed by the end of 2027. Rural landholders will be able to view camera feeds through a public website.",
]
SCW_TITLE = "Queensland to put AI smoke detection on 450 camera towers"
art("H12", "southerncrosswire.com.au", "/tech/2026/05/15/queensland-ai-smoke-cameras", "2026-05-15T01:00:00Z", "Mitchell Dunne", SCW_TITLE, SCW)
art("H12", "kernelcourier.com.au", "/wire/queensland-ai-smoke-cameras", "2026-05-15T04:40:00Z", "Southern Cross Wire",
    SCW_TITLE, SCW + ["This story was originally published by Southern Cross Wire."])
art("H12", "gradientpost.co.nz", "/wire/queensland-ai-smoke-detection", "2026-05-16T06:00:00Z", "Mitchell Dunne",
    SCW_TITLE, SCW + ["This article was originally published by Southern Cross Wire and is reproduced with permission."])

# ---------------------------------------------------------------- singletons
art(None, "tokenstream.net", "/robotics/pellucid-rotterdam-test-centre", "2026-05-04T08:00:00Z", "Ines Carvalho",
    "Pellucid Robotics opens humanoid test centre in Rotterdam", [
    "Humanoid robots are moving out of the lab and into warehouse-sized test halls.",
    "[[Pellucid Robotics opened a humanoid-robot test centre in Rotterdam on Monday with space for 40 robots to work simultaneously.]]",
    "The Dutch company says the 9,000-square-metre hall recreates a distribution centre, with conveyor belts, shelving and loading bays, so that customers can watch robots handle their own products before buying.",
    "Chief technology officer Joris van Beek said the centre would run two shifts a day and publish monthly reliability figures for each robot model it tests. \u201cCustomers are tired of demo videos,\u201d he said. \u201cThey want to see a robot fail and recover.\u201d",
    "Pellucid, which employs about 220 people, makes the software that plans robot movements rather than the robots themselves. It works with three hardware makers and plans a second centre in Poland next year.",
])
art(None, "hyperparameterweekly.io", "/news/open-model-census-april", "2026-05-04T12:00:00Z", "HPW Newsdesk",
    "Open-weight model uploads hit new record in April", [
    "The flood of open-weight models shows no sign of slowing.",
    "[[The Open Model Census counted an average of 2,400 new open-weight model uploads per day in April, up from 1,650 in January.]]",
    "The census, a volunteer project that scans public model repositories each night, says most new uploads are fine-tuned variants of a small number of base models. Fewer than 3% of April's uploads were trained from scratch.",
    "Quantised versions made for laptops and phones accounted for almost a third of the total, the project's maintainers said in their " + a("https://openmodelcensus.org/reports/2026-04", "monthly report") + ".",
    "The maintainers caution that counting uploads overstates real activity, because many repositories are duplicates or abandoned experiments. They plan to add download counts to future reports to give a better sense of which models people actually use.",
])
art(None, "thelogitletter.co.uk", "/news/halden-pothole-detection-councils", "2026-05-11T07:30:00Z", "Rosalind Hayes",
    "Bus cameras and AI spot potholes for nine councils", [
    "Potholes are a perennial source of complaints to local councils. A Teesside firm thinks the buses that drive over them every day can help.",
    "[[Halden Analytics said its AI model for detecting potholes from bus-camera footage has been adopted by nine councils in the north of England.]]",
    "The system uses cameras already fitted to buses for safety reasons. Footage is processed on a small computer on board, and only images of suspected defects are sent to council highways teams, along with GPS coordinates.",
    "Halden's managing director, Fiona Marsh, said the company had designed the system to blur faces and number plates before any image leaves the bus.",
    "Councils pay a subscription based on the length of road covered. Highways officers said the main benefit was spotting defects early, before they became expensive to repair.",
])
art(None, "vectorvoice.ai", "/p/provenance-metadata-test", "2026-05-24T10:00:00Z", "Jonah Whitcombe",
    "We tested five image generators. Most stripped the provenance labels", [
    "Content credentials are supposed to tell you where an image came from. In practice, they often disappear before anyone sees them.",
    "[[In a test by Vector Voice, three of five popular image generators stripped provenance metadata from images when they were exported in common formats.]]",
    "We generated 50 images with each tool and exported them as PNG and JPEG files using default settings. We then checked each file with an open-source metadata inspector.",
    "Two tools kept their provenance records intact in both formats. The other three kept them only in their native format, and removed them when users chose the \u201cshare\u201d or \u201cdownload for web\u201d options.",
    "All five vendors say they support content credentials. Two told us the behaviour was a bug and promised fixes within weeks; the others did not respond before publication.",
])
art(None, "southerncrosswire.com.au", "/business/2026/05/24/ridgeback-autonomous-drills", "2026-05-24T23:00:00Z", "Mitchell Dunne",
    "Ridgeback Minerals switches on autonomous drill rigs in the Pilbara", [
    "PERTH (Southern Cross Wire) \u2014 Automation is spreading from haul trucks to the drill rigs that prepare mine benches for blasting.",
    "[[Perth-based Ridgeback Minerals has deployed 14 autonomous drill rigs guided by machine-learning software at two iron ore sites in the Pilbara.]]",
    "The rigs adjust drilling speed and pressure in real time based on how the rock responds, a task previously handled by operators in the cab. Ridgeback said operators now supervise several rigs at once from a control room in Perth.",
    "Chief operating officer Grant Heffernan said drilling accuracy had improved, which meant less explosive was needed per tonne of rock moved.",
    "The company said the change had not led to redundancies, as affected staff had been retrained for remote operations roles.",
])
art(None, "meridiantechwire.com", "/stories/2026/05/25/lexigraph-series-a", "2026-05-25T13:00:00Z", "Jean-Luc Th\u00e9riault",
    "Montreal's Lexigraph raises C$18 million for legal translation AI", [
    "MONTREAL (Meridian Tech Wire) \u2014 A Montreal startup that translates legal documents between English and French has raised new funding to expand into other bilingual markets.",
    "[[Lexigraph raised C$18 million in a Series A round led by Northbank Ventures, the company said on Monday.]]",
    "Lexigraph's software is used by law firms and courts in Quebec and New Brunswick to produce first drafts of translated judgments, which are then revised by certified translators.",
    "Co-founder Sophie Lapointe said the company would use the money to hire 30 engineers and add support for Spanish and Portuguese. She said translators remained responsible for every document the firm's customers publish.",
    "The company was founded in 2022 and has about 45 employees. Northbank Ventures partner Elise Gagnon will join its board as part of the deal.",
])
art(None, "benchmarkbulletin.org.uk", "/2026/05/25/model-cards-cutoff-dates", "2026-05-25T09:00:00Z", "Gareth Pryce",
    "Most model cards still do not say when training data ends", [
    "Model cards are meant to tell users what a model is and is not good for. Our review suggests many leave out a basic fact.",
    "[[Benchmark Bulletin reviewed 120 model cards published since January and found that only 41 stated a training-data cutoff date.]]",
    "The cutoff matters because a model cannot know about events after its training data ends, and users who do not know the date may trust out-of-date answers.",
    "Larger developers were more likely to include the information. Among smaller publishers, fewer than one in four did so.",
    "We shared our spreadsheet with the publishers concerned. Seven said they would update their cards, and one pointed out that its cutoff was listed in a separate technical report rather than on the card itself.",
])
art(None, "circuitcolumn.ie", "/consumer/2026/05/21/reviews-chatbot-phrases", "2026-05-21T10:30:00Z", "Aoife Brennan",
    "Chatbot phrases found in hundreds of Irish shop reviews", [
    "Some online reviews are giving themselves away.",
    "[[A scan of 50,000 product reviews on a large Irish retail site found 612 that contained phrases such as \u201cAs an AI language model\u201d or \u201cI hope this helps\u201d.]]",
    "The scan was carried out by Circuit Column with help from a data scientist at a Dublin consultancy. Other giveaways included reviews beginning \u201cCertainly! Here is a review of\u201d and placeholders such as \u201c[Insert product name]\u201d left in the text.",
    "The retailer said it removed the flagged reviews after we contacted it and was reviewing how sellers solicit feedback.",
    "Consumer advocates said the phrases were only the visible tip of the problem, because most machine-written reviews are edited before posting. They urged shoppers to treat unusually polished or generic reviews with caution.",
], quotes_llm_phrases=True)


# ---------------------------------------------------------------- build
class _Text:
    pass


def visible(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", s))).strip()


FAMILY_INFO = {
    "H1": ("fabricated", ["vague_source", "numeric_drift", "no_primary_source", "unknown_org", "llm_artifacts"],
           "Leaked memo: Tessellate AI's Resolve support agent resolved ~31% of tickets without a human; drifts 31% -> 30% -> under a third -> 34% -> 29%; no document, no link; two copies carry chatbot artefacts."),
    "H2": ("fabricated", ["vague_source", "numeric_drift", "no_primary_source", "unknown_org", "llm_artifacts"],
           "Northwind Cognition, a Tallinn startup that does not exist, 'raised $420 million'; drifts to $400m, $450m, nearly half a billion; insiders only, no filing."),
    "H3": ("fabricated", ["impossible_date", "vague_source", "numeric_drift", "no_primary_source", "llm_artifacts"],
           "A '2022 audit of Claude 3.5 Sonnet' by the Dutch data regulator (model released 2024-06); 14% -> 15% -> one in seven -> 12%; no report."),
    "H4": ("fabricated", ["untraceable_study", "vague_source", "numeric_drift", "no_primary_source"],
           "Unnamed 'Scandinavian university' study: 72% of AI news summaries contain an error; drifts to 70%, nearly three-quarters, 75%; nobody can find it."),
    "H5": ("fabricated", ["impossible_date", "vague_source", "numeric_drift", "no_primary_source", "unknown_org", "llm_artifacts"],
           "Seirin Medical Group (invented) used GPT-4o 'in 2023' (model released 2024-05) to cut radiology turnaround by 40%; drifts to 45%, nearly halved."),
    "H6": ("well_sourced", ["named_source", "primary_link", "consistent_numbers"],
           "EU AI Office guidelines (fictional document) of 2026-05-05: providers of systemic-risk GPAI models report serious incidents within 15 days; every copy links digital-strategy.ec.europa.eu."),
    "H7": ("well_sourced", ["named_source", "primary_link", "consistent_numbers", "unknown_org"],
           "Brightlane Semiconductor (invented, but filed) Q1 10-Q: revenue $2.31 billion, up 44%; every copy links sec.gov."),
    "H8": ("well_sourced", ["named_source", "primary_link", "consistent_numbers"],
           "Fictional ETH Zurich arXiv paper (Lena Vogt et al., arXiv:2605.04417): retrieval cut fabricated legal citations by 37% across 12,000 queries; every copy links arxiv.org."),
    "H9": ("well_sourced", ["named_source", "primary_link", "consistent_numbers", "unknown_org"],
           "FTC settlement with Parlance Health (invented): $4.5 million penalty, delete voice models trained on 1.2 million patient calls; every copy links ftc.gov."),
    "H10": ("well_sourced", ["named_source", "primary_link", "consistent_numbers", "unknown_org"],
            "Lumora Systems (invented) releases Lumora-2, 34 billion parameters, Apache 2.0; every copy links the company's own blog and the arXiv report."),
    "H11": ("syndicated", ["wire_credit", "verbatim_copy"],
            "Meridian Tech Wire story (Harbourline Logistics AI berth scheduling cut Halifax turnaround by 11 hours) reproduced verbatim by 3 outlets with wire credit."),
    "H12": ("syndicated", ["wire_credit", "verbatim_copy"],
            "Southern Cross Wire story (Emberline Analytics A$38 million contract for AI smoke cameras on 450 Queensland towers) reproduced verbatim by 2 outlets with wire credit."),
}


def main():
    lines, fams, singles, arts = [], {}, [], []
    seen = set()
    for x in A:
        assert x["url"] not in seen, x["url"]
        seen.add(x["url"])
        claims = []
        body = []
        for p in x["paras"]:
            for m in re.finditer(r"\[\[(.+?)\]\]", p):
                claims.append(visible(m.group(1)))
            p = p.replace("[[", "").replace("]]", "")
            p = p.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;") if x["outlet"] == "circuitcolumn.ie" else p
            body.append("<p>%s</p>" % p)
        assert len(claims) == 1, (x["url"], claims)
        doc = "<article><h1>%s</h1>%s</article>" % (html.escape(x["title"], quote=False), "".join(body))
        lines.append(json.dumps({"url": x["url"], "html": doc, "title": x["title"], "published_at": x["published_at"],
                                 "outlet": x["outlet"], "byline": x["byline"]}, ensure_ascii=False))
        arts.append({"url": x["url"], "outlet": x["outlet"], "published_at": x["published_at"], "family": x["fam"],
                     "llm_artifacts": x["artifacts"], "quotes_llm_phrases": x["quotes_llm_phrases"]})
        if x["fam"] is None:
            singles.append({"url": x["url"], "text": claims[0]})
        else:
            fams.setdefault(x["fam"], []).append({"url": x["url"], "text": claims[0], "outlet": x["outlet"],
                                                  "published_at": x["published_at"]})
    families = []
    for fid in sorted(fams, key=lambda s: int(s[1:])):
        kind, signals, desc = FAMILY_INFO[fid]
        cl = sorted(fams[fid], key=lambda c: c["published_at"])
        families.append({"id": fid, "kind": kind, "size": len(cl), "signals": signals, "description": desc,
                         "origin_url": cl[0]["url"], "outlets": [c["outlet"] for c in cl],
                         "claims": [{"url": c["url"], "text": c["text"]} for c in cl]})
    labels = {
        "version": 1,
        "description": "Held-out evaluation corpus for the claimtrace fabrication-risk score (AUC only; never used for tuning). All outlets, people, companies, documents and numbers are fictional. See README.md.",
        "families": families,
        "singletons": singles,
        "articles": arts,
    }
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("articles", len(lines), "families", len(families), "singletons", len(singles))


if __name__ == "__main__":
    main()
