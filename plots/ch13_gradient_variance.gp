# ch13_gradient_variance.gp, written by redes. Redraw ch13_gradient_variance.png from its data with: gnuplot ch13_gradient_variance.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_gradient_variance.png'
set datafile separator ','
set title 'Noise of the batch gradient ĝ_B = (1/M′) Σ_{m∈B} g_m at a fixed θ'
set xlabel 'batch size M′'
set ylabel 'E‖ĝ_B − ∇R̂(θ)‖²'
set grid
set key bottom left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
plot 'ch13_gradient_variance.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'σ²/M′ (with replacement)', \
     'ch13_gradient_variance.csv' index 1 using 1:2 with lines lw 2 lc rgb '#d62728' title 'σ²/M′ · (M − M′)/(M − 1) (without)', \
     'ch13_gradient_variance.csv' index 2 using 1:2:3 with yerrorbars pt 7 ps 0.8 lc rgb '#1f77b4' title 'measured, with replacement', \
     'ch13_gradient_variance.csv' index 3 using 1:2:3 with yerrorbars pt 5 ps 0.8 lc rgb '#d62728' title 'measured, without replacement (an SGD batch)'
set output
